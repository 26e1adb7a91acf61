import { useMutation } from '@apollo/client/react';
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LEVERAGE_LABELS, MODE_LABELS } from '@fulcrum/shared';
import { useState } from 'react';
import { IconPencil, IconTrash } from '@/components/icons';
import { SubmitButton } from '@/components/SubmitButton';
import { RemoveActivityDocument, UpdateActivityDocument, type PlanActivityFragment } from '../api/gql/graphql';
import { notifySuccess } from '@/lib/notify';
import { RELOAD_PLAN, leftoverFailure, usePlanScope, useReadFailure } from '../hooks/usePlanScope';
import { labelledField, type ComparedField } from '@/lib/conflict';
import { hoursValue, previewPlanWeekChange } from '../utils/week';
import { BudgetAlert, FailureAlert } from '@/components/PlanAlerts';
import { ConfirmModal } from '@/components/ConfirmModal';
import { formatHours } from '@/lib/format';
import { useVersionedForm } from '@/lib/useVersionedForm';
import { ACTIVITY_INPUTS, ActivityInputs, activityValidation, type ActivityValues } from './activityInputs';

const ACTIVITY_FIELDS: ComparedField[] = [
  { key: 'name', label: 'name' },
  { key: 'hoursPerWeek', label: 'hours', format: (v) => String(v) },
  { key: 'mode', label: 'mode', format: labelledField(MODE_LABELS) },
  { key: 'leverage', label: 'leverage', format: labelledField(LEVERAGE_LABELS) },
];

const MODE_COLORS: Record<string, string> = { DOING: 'blue', MULTIPLYING: 'teal' };

const LEVERAGE_COLORS: Record<string, string> = {
  HIGH: 'teal',
  NEUTRAL: 'gray',
  OVERHEAD: 'orange',
};

/** Editing an activity of the week: from the version shown, with the week previewed as the hours change. */
function useActivityEdit(activity: PlanActivityFragment) {
  const { plan } = usePlanScope();
  const readFailure = useReadFailure();
  const [update, updating] = useMutation(UpdateActivityDocument, RELOAD_PLAN);
  const form = useForm<ActivityValues>({
    initialValues: valuesOf(activity),
    validate: activityValidation(plan.weeklyHours),
    onValuesChange: () => setFailure((current) => (current?.kind === 'budget' ? null : current)),
  });
  // The version the user started from: a save against a newer one is a CONFLICT.
  const { base, start, failure, setFailure, fail } = useVersionedForm<PlanActivityFragment, PlanActivityFragment>({
    initial: null,
    read: readFailure,
    compared: ACTIVITY_FIELDS,
    form,
    inputs: ACTIVITY_INPUTS,
    toValues: valuesOf,
  });

  const startEditing = () => {
    start(activity);
    form.setValues(valuesOf(activity));
    form.resetDirty();
    form.clearErrors();
  };

  const hours = hoursValue(form.values.hoursPerWeek);
  const preview =
    base && Number.isFinite(hours) && hours !== activity.hoursPerWeek
      ? previewPlanWeekChange(plan, (week) =>
          week.map((a) => (a.id === activity.id ? { ...a, hoursPerWeek: hours } : a)),
        )
      : null;

  const save = form.onSubmit(async (values) => {
    if (!base || preview?.message) return;
    setFailure(null);
    const input = {
      id: activity.id,
      version: base.version,
      name: values.name.trim() !== base.name ? values.name.trim() : undefined,
      hoursPerWeek: hoursValue(values.hoursPerWeek) !== base.hoursPerWeek ? hoursValue(values.hoursPerWeek) : undefined,
      mode: values.mode !== base.mode ? values.mode : undefined,
      leverage: values.leverage !== base.leverage ? values.leverage : undefined,
    };
    if (Object.values(input).filter((v) => v !== undefined).length === 2) {
      start(null);
      return;
    }
    try {
      await update({ variables: { input } });
      start(null);
      notifySuccess(`"${values.name.trim()}" saved.`);
    } catch (error) {
      await fail(error);
    }
  });

  return { form, base, start, startEditing, preview, save, saving: updating.loading, failure, setFailure };
}

function valuesOf(activity: Pick<PlanActivityFragment, 'name' | 'hoursPerWeek' | 'mode' | 'leverage'>) {
  return { name: activity.name, hoursPerWeek: activity.hoursPerWeek, mode: activity.mode, leverage: activity.leverage };
}

/** One activity of the week: shown, edited in place, or removed after a confirmation. */
export function ActivityRow({ activity, usedBy }: { activity: PlanActivityFragment; usedBy: string | null }) {
  const { canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const edit = useActivityEdit(activity);
  const { preview, failure, setFailure } = edit;
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [remove, removing] = useMutation(RemoveActivityDocument, RELOAD_PLAN);

  const confirmRemoval = async () => {
    setFailure(null);
    try {
      await remove({ variables: { id: activity.id } });
      notifySuccess(`"${activity.name}" left the week.`);
    } catch (error) {
      setFailure(leftoverFailure(await readFailure(error), []));
    }
    setConfirmRemove(false);
  };

  const editing = edit.base !== null && canWrite;
  return (
    <>
      {editing ? (
        <ActivityEditRow activity={activity} edit={edit} />
      ) : (
        <ActivityViewRow
          activity={activity}
          usedBy={usedBy}
          onEdit={edit.startEditing}
          onRemove={() => setConfirmRemove(true)}
        />
      )}
      {(preview?.message || failure) && (
        <Table.Tr>
          <Table.Td colSpan={canWrite ? 5 : 4}>
            <Stack gap="xs">
              {editing && preview?.message && failure?.kind !== 'budget' && (
                <BudgetAlert message={preview.message} handOff={preview.handOff} />
              )}
              <FailureAlert failure={failure} />
            </Stack>
          </Table.Td>
        </Table.Tr>
      )}
      <ConfirmModal
        opened={confirmRemove}
        title={`Remove "${activity.name}"?`}
        confirmLabel="Remove"
        color="red"
        loading={removing.loading}
        onConfirm={() => void confirmRemoval()}
        onClose={() => setConfirmRemove(false)}
      >
        <Text size="sm">
          Its {formatHours(activity.hoursPerWeek)} leave the week and become free hours. To hand it to someone step by
          step, keep it and shrink it through a change goal instead.
        </Text>
      </ConfirmModal>
    </>
  );
}

function ActivityEditRow({
  activity,
  edit: { form, save, saving, preview, start },
}: {
  activity: PlanActivityFragment;
  edit: ReturnType<typeof useActivityEdit>;
}) {
  const { plan } = usePlanScope();
  const formId = `activity-form-${activity.id}`;
  return (
    <Table.Tr data-testid={`activity-${activity.id}`} bg="var(--mantine-color-indigo-0)">
      <ActivityInputs form={form} budget={plan.weeklyHours} row={{ formId }} />
      <Table.Td>
        <form onSubmit={save} id={formId} aria-label={`Edit ${activity.name}`}>
          <Group gap={6} wrap="nowrap">
            <SubmitButton size="xs" loading={saving} disabled={Boolean(preview?.message)}>
              Save
            </SubmitButton>
            <Button size="xs" variant="default" onClick={() => start(null)} disabled={saving}>
              Cancel
            </Button>
          </Group>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}

function ActivityViewRow({
  activity,
  usedBy,
  onEdit,
  onRemove,
}: {
  activity: PlanActivityFragment;
  usedBy: string | null;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { canWrite } = usePlanScope();
  return (
    <Table.Tr data-testid={`activity-${activity.id}`}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {activity.name}
        </Text>
        {usedBy && (
          <Text size="xs" c="dimmed">
            Changed by the goal "{usedBy}"
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {formatHours(activity.hoursPerWeek)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={MODE_COLORS[activity.mode]} radius="sm" tt="none">
          {MODE_LABELS[activity.mode]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={LEVERAGE_COLORS[activity.leverage]} radius="sm" tt="none">
          {LEVERAGE_LABELS[activity.leverage]}
        </Badge>
      </Table.Td>
      {canWrite && (
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit">
              <ActionIcon variant="subtle" aria-label={`Edit ${activity.name}`} onClick={onEdit}>
                <IconPencil size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={usedBy ? `Used by the goal "${usedBy}": finish or drop it first` : 'Remove'}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove ${activity.name}`}
                onClick={onRemove}
                disabled={Boolean(usedBy)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
