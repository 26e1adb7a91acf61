import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Paper, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { PlanStatus } from '@fulcrum/shared';
import { useState, type SubmitEvent } from 'react';
import { IconAlert, IconEye } from '@/components/icons';
import { ProblemAlert, RefreshProblem } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope, useReadFailure, type PlanFailure } from '@/lib/planScope';
import { downloadText, fileSlug, todayStamp } from '@/lib/download';
import { readProblem } from '@/lib/errors';
import { notifySuccess } from '@/lib/notify';
import { PromotionCaseDocument, UpdatePromotionNarrativeDocument } from '../api/gql/graphql';
import { REFLECTION_TEXT_MAX } from '../utils/reflection';
import { Markdown } from '@/components/Markdown';
import { useVersionedForm } from '@/lib/useVersionedForm';
import { SectionHeader } from '@/components/SectionHeader';

/** The file name of a download: whose case, and when. */
export function promotionCaseFileName(ownerName: string, now: Date = new Date()): string {
  return `promotion-case-${fileSlug(ownerName)}-${todayStamp(now)}.md`;
}

/**
 * The promotion case: Markdown generated from the plan's evidence, under a narrative both sides
 * write (versioned: a stale save shows the other person's text instead of overwriting it).
 */
export function PromotionCase() {
  const { plan, canWrite } = usePlanScope();
  const { data, loading, error, refetch } = useQuery(PromotionCaseDocument, {
    variables: { planId: plan.id },
    fetchPolicy: 'cache-and-network',
  });
  const current = data?.plan;

  const download = () => {
    if (!current) return;
    const name = promotionCaseFileName(plan.owner.name);
    downloadText(name, current.promotionCase, 'text/markdown');
    notifySuccess(`Saved as ${name}.`, 'Promotion case downloaded');
  };

  return (
    <Stack gap="md" component="section" aria-label="Promotion case">
      <SectionHeader
        title="Promotion case"
        description={
          <>
            Built from the plan's evidence: readiness and signals, target archetype, gaps closed, delegations owned,
            change goals done, levers used and the quarterly trend. Both of you write the narrative on top.
          </>
        }
      >
        <Button variant="light" onClick={download} disabled={!current} loading={!current && loading}>
          Download .md
        </Button>
      </SectionHeader>

      {!current ? (
        loading ? (
          <Skeleton height={240} radius="md" />
        ) : error ? (
          <ProblemAlert error={error} onRetry={() => void refetch()} retrying={loading} />
        ) : null
      ) : (
        <>
          {canWrite && (
            <NarrativeEditor
              narrative={current.promotionNarrative}
              version={current.promotionNarrativeVersion}
              reload={refetch}
            />
          )}
          <Card withBorder padding="lg">
            <Markdown variant="document" testId="promotion-case" text={current.promotionCase} />
          </Card>
          <Group gap={6} wrap="nowrap" c="dimmed">
            <IconEye size={14} style={{ flexShrink: 0 }} />
            <Text size="xs">
              Visible to {plan.owner.name}, {plan.manager.name} and managers above them
              {plan.status === PlanStatus.ARCHIVED && ` while ${plan.owner.name} is in their team`}. It never contains
              private 1:1 notes.
            </Text>
          </Group>
          <RefreshProblem
            query={{ error, loading, refetch }}
            message="The case could not be refreshed; it may be out of date. Try again."
          />
        </>
      )}
    </Stack>
  );
}

interface Conflict {
  theirs: string;
  version: number;
}

/**
 * The version the text was written over (a save against a newer one is a CONFLICT), and the
 * conflict to resolve when someone else saved first.
 */
function useNarrativeVersion(narrative: string, version: number, reload: () => Promise<unknown>) {
  const readFailure = useReadFailure();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const versioned = useVersionedForm<
    { text: string; version: number },
    { version: number; promotionNarrative?: string | null }
  >({
    initial: { text: narrative, version },
    read: readFailure,
    merge: (_, current) => ({ text: current.promotionNarrative ?? '', version: current.version }),
    onConflict: (current) => {
      setConflict({ theirs: current.promotionNarrative ?? '', version: current.version });
      // The case below shows their narrative too.
      void reload().catch(() => undefined);
    },
  });
  return { ...versioned, conflict, setConflict };
}

function NarrativeEditor({
  narrative,
  version,
  reload,
}: {
  narrative: string;
  version: number;
  reload: () => Promise<unknown>;
}) {
  const { plan, otherWriter } = usePlanScope();
  const [text, setText] = useState(narrative);
  const { base, setBase, failure, setFailure, fail, conflict, setConflict } = useNarrativeVersion(
    narrative,
    version,
    reload,
  );
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpdatePromotionNarrativeDocument, {
    refetchQueries: [PromotionCaseDocument],
    awaitRefetchQueries: true,
  });

  // A newer narrative from the server replaces an untouched input (never one being edited).
  if (version > base.version && !conflict && text === base.text) {
    setText(narrative);
    setBase({ text: narrative, version });
  }

  const tooLong = text.length > REFLECTION_TEXT_MAX;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (tooLong) return;
    setFailure(null);
    setFieldError(null);
    try {
      const { data } = await save({
        variables: { input: { planId: plan.id, version: base.version, text } },
      });
      if (data)
        setBase({
          text: data.updatePromotionNarrative.promotionNarrative,
          version: data.updatePromotionNarrative.promotionNarrativeVersion,
        });
      setConflict(null);
      notifySuccess('The narrative is saved; the case below includes it.');
    } catch (error) {
      const field = readProblem(error).fields.text;
      if (field) {
        setFieldError(field);
        return;
      }
      await fail(error);
    }
  };

  return (
    <NarrativeForm
      text={text}
      setText={setText}
      saved={text === base.text && !conflict}
      tooLong={tooLong}
      fieldError={fieldError}
      loading={loading}
      onSubmit={submit}
      conflict={conflict}
      otherWriter={otherWriter}
      onUseTheirs={() => {
        if (!conflict) return;
        setText(conflict.theirs);
        setConflict(null);
      }}
      onKeepMine={() => setConflict(null)}
      failure={failure}
    />
  );
}

interface NarrativeFormProps {
  text: string;
  setText: (text: string) => void;
  saved: boolean;
  tooLong: boolean;
  fieldError: string | null;
  loading: boolean;
  onSubmit: (event: SubmitEvent) => Promise<void>;
  conflict: Conflict | null;
  otherWriter: string;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  failure: PlanFailure | null;
}

function NarrativeForm({
  text,
  setText,
  saved,
  tooLong,
  fieldError,
  loading,
  onSubmit,
  conflict,
  otherWriter,
  onUseTheirs,
  onKeepMine,
  failure,
}: NarrativeFormProps) {
  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Narrative">
        <Stack gap="sm">
          <Textarea
            label="Narrative"
            description="Markdown. The story the evidence below supports: what changed in the work, and why the next level fits."
            autosize
            minRows={4}
            maxRows={16}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={tooLong ? `Use at most ${REFLECTION_TEXT_MAX} characters.` : fieldError}
          />
          {conflict && (
            <Alert
              color="orange"
              variant="light"
              icon={<IconAlert />}
              title={`${otherWriter} saved the narrative first`}
              role="alert"
              data-testid="narrative-conflict"
            >
              <Stack gap="xs">
                <Text size="sm">
                  Nothing of yours was saved. Their text is below: use it, or keep yours (merge what you need) and save
                  again.
                </Text>
                <Paper withBorder p="xs" radius="sm" bg="white">
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="their-narrative">
                    {conflict.theirs || '(empty)'}
                  </Text>
                </Paper>
                <Group gap="xs">
                  <Button size="xs" variant="white" color="orange" onClick={onUseTheirs}>
                    Use their text
                  </Button>
                  <Button size="xs" variant="subtle" color="orange" onClick={onKeepMine}>
                    Keep mine
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <FailureAlert failure={failure} />
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {saved ? 'Saved.' : 'Not saved yet.'}
            </Text>
            <SubmitButton size="sm" loading={loading} disabled={saved || tooLong}>
              Save narrative
            </SubmitButton>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
