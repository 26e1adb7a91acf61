import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { RatingSide, ReflectionStatus, canShareReflection } from '@fulcrum/shared';
import { useState } from 'react';
import { IconCheck } from '@/components/icons';
import { FailureAlert } from '@/components/PlanAlerts';
import { usePlanScope, useReadFailure, type PlanFailure } from '@/lib/planScope';
import type { ComparedField } from '@/lib/conflict';
import { notifySuccess } from '@/lib/notify';
import { ShareReflectionDocument, SignOffReflectionDocument, type PlanReflectionFragment } from '../api/gql/graphql';
import { STATUS_COLORS, statusLabel } from '../utils/reflection';
import { firstName } from '@/lib/format';
import { SideText, OwnerPicks, RELOAD } from './ReflectionSides';
import { Signature, Snapshot } from './ReflectionParts';

function useReflectionFields(): ComparedField[] {
  const { plan } = usePlanScope();
  return [
    { key: 'status', label: 'status', format: (v) => statusLabel(v as ReflectionStatus) },
    { key: 'selfText', label: `${firstName(plan.owner.name)}'s text` },
    { key: 'managerText', label: `${firstName(plan.manager.name)}'s text` },
    {
      key: 'signedOffBySelf',
      label: `${firstName(plan.owner.name)}'s sign-off`,
      format: (v) => (v ? 'signed' : 'not signed'),
    },
    {
      key: 'signedOffByManager',
      label: `${firstName(plan.manager.name)}'s sign-off`,
      format: (v) => (v ? 'signed' : 'not signed'),
    },
  ];
}

function snapshotOf(r: PlanReflectionFragment): Record<string, unknown> {
  return {
    status: r.status,
    selfText: r.selfText,
    managerText: r.managerText,
    signedOffBySelf: r.signedOffBySelf,
    signedOffByManager: r.signedOffByManager,
  };
}

/**
 * One quarter's reflection: its frozen snapshot, both sides' texts (each editable only by its
 * author), the owner's picks, and the way to sign-off (share, then both sign).
 */
export function ReflectionPanel({
  reflection: r,
  reload,
}: {
  reflection: PlanReflectionFragment;
  reload: () => Promise<unknown>;
}) {
  const { plan, side, canWrite } = usePlanScope();
  const readFailure = useReadFailure();
  const fields = useReflectionFields();
  const [failure, setFailure] = useState<PlanFailure | null>(null);
  const [share, sharing] = useMutation(ShareReflectionDocument, RELOAD);
  const [signOff, signing] = useMutation(SignOffReflectionDocument, RELOAD);
  const status = r.status;
  const signedOff = status === ReflectionStatus.SIGNED_OFF;
  const owner = firstName(plan.owner.name);
  const manager = firstName(plan.manager.name);
  const mySignature =
    side === RatingSide.SELF ? r.signedOffBySelf : side === RatingSide.MANAGER ? r.signedOffByManager : null;

  const fail = async (error: unknown) => {
    const read = await readFailure(error, snapshotOf(r), fields);
    await reload().catch(() => undefined);
    setFailure(read);
  };

  const doShare = async () => {
    setFailure(null);
    try {
      await share({ variables: { id: r.id } });
      notifySuccess(
        `${side === RatingSide.SELF ? manager : owner} can sign it off now; so can you.`,
        `${r.quarter} reflection shared`,
      );
    } catch (error) {
      await fail(error);
    }
  };
  const doSignOff = async () => {
    setFailure(null);
    try {
      const { data } = await signOff({ variables: { id: r.id } });
      notifySuccess(
        data?.signOffReflection.status === ReflectionStatus.SIGNED_OFF
          ? 'Both of you signed: the reflection is final.'
          : `Signed. It is final once ${side === RatingSide.SELF ? manager : owner} signs too.`,
        'Signed off',
      );
    } catch (error) {
      await fail(error);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid={`reflection-${r.quarter}`}>
      <Stack gap="md">
        <ReflectionHeading reflection={r} />

        <Snapshot reflection={r} />

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <SideText reflection={r} author={RatingSide.SELF} onFailure={fail} />
          <SideText reflection={r} author={RatingSide.MANAGER} onFailure={fail} />
        </SimpleGrid>

        <OwnerPicks reflection={r} onFailure={fail} />

        <FailureAlert failure={failure} />

        {signedOff ? (
          <Alert color="teal" variant="light" icon={<IconCheck />} p="sm">
            <Text size="sm">Signed off by both: this reflection is final and can only be read.</Text>
          </Alert>
        ) : (
          canWrite && (
            <SignOffBar
              status={status}
              signed={mySignature === true}
              other={side === RatingSide.SELF ? manager : owner}
              share={{ run: () => void doShare(), loading: sharing.loading }}
              signOff={{ run: () => void doSignOff(), loading: signing.loading }}
            />
          )
        )}
      </Stack>
    </Card>
  );
}

/** The quarter, its status, and who has signed. */
function ReflectionHeading({ reflection: r }: { reflection: PlanReflectionFragment }) {
  const { plan } = usePlanScope();
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <Group gap="sm">
        <Title order={3} fz="lg">
          Reflection {r.quarter}
        </Title>
        <Badge
          color={STATUS_COLORS[r.status]}
          variant={r.status === ReflectionStatus.SIGNED_OFF ? 'filled' : 'light'}
          radius="sm"
          data-testid="reflection-status"
        >
          {statusLabel(r.status)}
        </Badge>
      </Group>
      <Group gap="xs" data-testid="signatures">
        <Signature name={plan.owner.name} signed={r.signedOffBySelf} />
        <Signature name={plan.manager.name} signed={r.signedOffByManager} />
      </Group>
    </Group>
  );
}

interface Action {
  run: () => void;
  loading: boolean;
}

/** Where the sign-off stands and the next step: share, then each side signs. */
function SignOffBar({
  status,
  signed,
  other,
  share,
  signOff,
}: {
  status: ReflectionStatus;
  /** Whether the viewer has signed. */
  signed: boolean;
  /** The other side's first name. */
  other: string;
  share: Action;
  signOff: Action;
}) {
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-gray-0)">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 220 }}>
          {status === ReflectionStatus.DRAFT
            ? 'Write both sides, then share: once shared, each of you signs it off. A change after that clears the signatures.'
            : signed
              ? `You signed. Waiting for ${other}.`
              : 'Shared: sign it off when you agree with both texts. Saving a change clears the signatures given so far.'}
        </Text>
        <Group gap="xs">
          {canShareReflection(status) && (
            <Button onClick={share.run} loading={share.loading} variant="light">
              Share with {other}
            </Button>
          )}
          {status === ReflectionStatus.SHARED && !signed && (
            <Button onClick={signOff.run} loading={signOff.loading} color="teal" leftSection={<IconCheck size={16} />}>
              Sign off
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
