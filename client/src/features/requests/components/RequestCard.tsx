import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { HORIZON_LABELS } from '@fulcrum/shared';
import { useState, type ReactNode } from 'react';
import { EditButton } from '@/components/ActionButtons';
import { usePlanScope } from '@/lib/planScope';
import { type TriagedRequestFragment } from '../api/gql/graphql';
import { QUESTIONS, decisionColor, decisionLabel } from '../utils/triage';
import { DecisionForm } from './DecisionForm';

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

export function RequestCard({ request: r }: { request: TriagedRequestFragment }) {
  const { canWrite } = usePlanScope();
  const [editing, setEditing] = useState(false);
  const differs = r.decision !== null && r.decision !== r.recommendation;

  return (
    <Card withBorder padding="md" data-testid={`request-${r.id}`} role="article" aria-label={r.topic}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ minWidth: 0 }}>
            <Text fw={600}>{r.topic}</Text>
            <Text size="sm" c="dimmed">
              {r.requesterName}
              {r.requester ? '' : ' (outside Fulcrum)'} ·{' '}
              {new Date(r.receivedAt).toLocaleDateString(undefined, {
                day: 'numeric',
                month: 'short',
                year: 'numeric',
              })}
            </Text>
          </div>
          {canWrite && !editing && (
            <EditButton onClick={() => setEditing(true)}>{r.decision ? 'Edit decision' : 'Decide'}</EditButton>
          )}
        </Group>
        <Group gap={6}>
          <AnswerBadge question={QUESTIONS.uniqueSkill}>Unique skill: {yesNo(r.uniqueSkill)}</AnswerBadge>
          <AnswerBadge question={QUESTIONS.reusableLesson}>Reusable lesson: {yesNo(r.reusableLesson)}</AnswerBadge>
          <AnswerBadge question={QUESTIONS.owningTeamExists}>Owning team: {yesNo(r.owningTeamExists)}</AnswerBadge>
          <AnswerBadge question={QUESTIONS.guidanceHorizon}>
            Guides them: {HORIZON_LABELS[r.guidanceHorizon].toLowerCase()}
          </AnswerBadge>
        </Group>
        <DecisionLine request={r} />
        {differs && (
          <Text size="xs" c="dimmed">
            Decided differently from the recommendation.
          </Text>
        )}
        {editing && <DecisionForm request={r} onDone={() => setEditing(false)} />}
      </Stack>
    </Card>
  );
}

/** One of the four triage answers; the question itself shows on hover. */
function AnswerBadge({ question, children }: { question: string; children: ReactNode }) {
  return (
    <Badge size="sm" variant="outline" color="gray" radius="sm" tt="none" fw={500} title={question}>
      {children}
    </Badge>
  );
}

/** What the triage recommended, what was decided (and where it went), and the hours spent. */
function DecisionLine({ request: r }: { request: TriagedRequestFragment }) {
  return (
    <Group gap="sm" align="center">
      <Text size="sm">
        Recommended{' '}
        <Badge variant="light" color={decisionColor(r.recommendation)} radius="sm">
          {decisionLabel(r.recommendation)}
        </Badge>
      </Text>
      <Text size="sm">
        Decided{' '}
        {r.decision ? (
          <Badge variant="filled" color={decisionColor(r.decision)} radius="sm" data-testid="decision">
            {decisionLabel(r.decision)}
          </Badge>
        ) : (
          <Badge variant="outline" color="gray" radius="sm" tt="none" data-testid="decision">
            Not yet
          </Badge>
        )}
      </Text>
      {r.redirectedTo && (
        <Text size="sm">
          → <b>{r.redirectedTo}</b>
        </Text>
      )}
      <Text size="sm" c="dimmed">
        · {r.hoursSpent} h spent
      </Text>
    </Group>
  );
}
