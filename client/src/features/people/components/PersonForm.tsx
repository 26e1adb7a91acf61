import { useMutation } from '@apollo/client/react';
import { NativeSelect, SimpleGrid, Stack, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import {
  ErrorCode,
  LEVEL_LABELS,
  LIMITS,
  Level,
  Role,
  TRACK_LABELS,
  Track,
  emailProblem,
  nameProblem,
} from '@fulcrum/shared';
import { useId, useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { FormActions } from '@/components/FormActions';
import { ViewerDocument } from '@/gql/graphql';
import { AddPersonDocument, UpdatePersonDocument } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors, validateFilledOnBlur } from '@/lib/form';
import { notifyProblem } from '@/lib/notify';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import type { PersonCard } from '../utils/orgTree';
import {
  initialPersonValues,
  knownSpecialties,
  managerOptions,
  newPerson,
  personChanges,
  type PersonFormValues,
} from '../utils/personForm';

const FIELDS = ['name', 'email', 'title', 'level', 'track', 'specialty', 'managerId'] as const;

/** The text fields before the choices, in their order. */
const TEXT_FIELDS: ({ field: 'name' | 'email' | 'title' } & TextInputProps)[] = [
  { field: 'name', label: 'Name', maxLength: LIMITS.nameMax },
  {
    field: 'email',
    label: 'Email',
    type: 'email',
    placeholder: 'name@company.com',
    description: 'Optional; needed to invite them. Visible to them, their managers and admins.',
  },
  { field: 'title', label: 'Title', placeholder: 'Optional, e.g. Senior Data Scientist', maxLength: LIMITS.titleMax },
];
const LEVEL_OPTIONS = Object.values(Level).map((value) => ({ value, label: LEVEL_LABELS[value] }));
const TRACK_OPTIONS = Object.values(Track).map((value) => ({ value, label: TRACK_LABELS[value] }));
interface PersonFormProps {
  /** The person to edit; without it the form adds a new person. */
  person?: PersonCard | null;
  /** Pre-selected manager for a new person. */
  defaultManagerId?: string | null;
  people: readonly PersonCard[];
  byId: ReadonlyMap<string, PersonCard>;
  viewer: SignedInViewer;
  onSaved: (person: PersonCard) => void;
  onCancel: () => void;
}

function maxLength(max: number) {
  return (value: string) => (value.trim().length > max ? `Use at most ${max} characters.` : null);
}

export function PersonForm({ person, defaultManagerId, people, byId, viewer, onSaved, onCancel }: PersonFormProps) {
  const editing = Boolean(person);
  const initialManagerId = person ? (person.manager?.id ?? null) : (defaultManagerId ?? null);
  const initialValues = initialPersonValues(person ?? null, initialManagerId);

  const form = useForm<PersonFormValues>({
    initialValues,
    enhanceGetInputProps: validateFilledOnBlur,
    validate: {
      name: (value) => nameProblem(value),
      email: (value) => (value.trim() === '' ? null : emailProblem(value)),
      title: maxLength(LIMITS.titleMax),
      specialty: maxLength(LIMITS.specialtyMax),
    },
  });

  const managers = useMemo(
    () => managerOptions(person ?? null, people, byId, viewer, initialManagerId),
    [person, people, byId, viewer, initialManagerId],
  );

  const { submit, saving, problem } = useSavePerson(form, person ?? null, onSaved);

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit person' : 'Add person'}>
      <Stack gap="md">
        {problem && <ProblemAlert error={problem} />}
        {TEXT_FIELDS.map(({ field, ...props }, index) => (
          // The drawer focuses the first field when it opens.
          <TextInput key={field} data-autofocus={index === 0 || undefined} {...props} {...form.getInputProps(field)} />
        ))}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NativeSelect label="Level" data={LEVEL_OPTIONS} {...form.getInputProps('level')} />
          <NativeSelect label="Track" data={TRACK_OPTIONS} {...form.getInputProps('track')} />
        </SimpleGrid>
        <SpecialtyField people={people} inputProps={form.getInputProps('specialty')} />
        <NativeSelect
          label="Manager"
          description="Who they report to; leave empty for the top of the chart."
          data={[{ value: '', label: 'No manager (top of the chart)' }, ...managers]}
          value={form.values.managerId ?? ''}
          onChange={(event) => form.setFieldValue('managerId', event.currentTarget.value || null)}
          error={form.errors.managerId}
        />
        {viewer.role !== Role.ADMIN && (
          <Text size="xs" c="dimmed">
            As a manager you can place people in your own part of the chart.
          </Text>
        )}
        <FormActions onCancel={onCancel} saving={saving} mt="sm">
          Save
        </FormActions>
      </Stack>
    </form>
  );
}

/** Free text, with the organization's own specialties suggested first (a native datalist). */
function SpecialtyField({
  people,
  inputProps,
}: {
  people: readonly PersonCard[];
  inputProps: ReturnType<UseFormReturnType<PersonFormValues>['getInputProps']>;
}) {
  const listId = useId();
  const specialties = useMemo(() => knownSpecialties(people), [people]);
  return (
    <>
      <TextInput
        label="Specialty"
        placeholder="Optional, e.g. Data Science or ML Engineering"
        list={listId}
        autoComplete="off"
        maxLength={LIMITS.specialtyMax}
        {...inputProps}
      />
      <datalist id={listId}>
        {specialties.map((specialty) => (
          <option key={specialty} value={specialty} />
        ))}
      </datalist>
    </>
  );
}

/** Adds the person, or saves only what changed; field problems go under their fields. */
function useSavePerson(
  form: UseFormReturnType<PersonFormValues>,
  person: PersonCard | null,
  onSaved: (person: PersonCard) => void,
) {
  const [problem, setProblem] = useState<Problem | null>(null);
  // The viewer's own reports (Home, permissions) change when people move under them.
  const [addPerson, adding] = useMutation(AddPersonDocument, { refetchQueries: [ViewerDocument] });
  const [updatePerson, updating] = useMutation(UpdatePersonDocument, {
    refetchQueries: [ViewerDocument],
  });

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      if (person) {
        const input = personChanges(person, values);
        if (Object.keys(input).length === 1) {
          onSaved(person);
          return;
        }
        const { data } = await updatePerson({ variables: { input } });
        if (data) onSaved(data.updatePerson);
      } else {
        const { data } = await addPerson({ variables: { input: newPerson(values) } });
        if (data) onSaved(data.addPerson);
      }
    } catch (error) {
      const read = readProblem(error);
      const leftover = applyFieldErrors(form, read, FIELDS);
      if (read.code === ErrorCode.FORBIDDEN) notifyProblem(error);
      else if (read.code !== ErrorCode.BAD_USER_INPUT || Object.keys(leftover).length > 0) setProblem(read);
    }
  });

  const saving = adding.loading || updating.loading;

  return { submit, saving, problem };
}
