import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, CopyButton, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { ErrorCode } from '@fulcrum/shared';
import { useState } from 'react';
import { IconCheck, IconCopy, IconMail } from '@/components/icons';
import { ProblemAlert } from '@/components/ProblemAlert';
import { InvitePersonDocument, type InvitePersonMutation } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { notifyProblem } from '@/lib/notify';
import type { PersonCard } from '../utils/orgTree';

type Invitation = InvitePersonMutation['invitePerson'];

const formatExpiry = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Creates an invitation and shows its single-use link to copy and send. */
export function InvitePanel({ person }: { person: PersonCard }) {
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [invite, { loading }] = useMutation(InvitePersonDocument);
  const firstName = person.name.split(/\s+/)[0] || person.name;

  const run = async () => {
    setProblem(null);
    try {
      const { data } = await invite({ variables: { personId: person.id } });
      if (data) setInvitation(data.invitePerson);
    } catch (error) {
      const read = readProblem(error);
      if (read.code === ErrorCode.FORBIDDEN) notifyProblem(error);
      else setProblem(read);
    }
  };

  if (invitation) return <InvitationLink invitation={invitation} name={person.name} firstName={firstName} />;

  return (
    <Stack gap="xs">
      {problem &&
        (problem.code === ErrorCode.BAD_USER_INPUT ? (
          <Alert color="red" variant="light" title="Could not invite" role="alert">
            {Object.values(problem.fields)[0] ?? problem.message} Fix it with Edit, then invite again.
          </Alert>
        ) : (
          <ProblemAlert error={problem} />
        ))}
      {!person.email && (
        <Text size="sm" c="dimmed">
          Add {firstName}&apos;s email (Edit) before inviting them: it becomes their sign-in.
        </Text>
      )}
      <Button
        leftSection={<IconMail size={16} />}
        onClick={() => void run()}
        loading={loading}
        disabled={!person.email}
        variant="filled"
      >
        Invite
      </Button>
    </Stack>
  );
}

/** The single-use link, to copy and send; nothing is emailed from here. */
function InvitationLink({ invitation, name, firstName }: { invitation: Invitation; name: string; firstName: string }) {
  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-indigo-0)" data-testid="invitation">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          Invitation ready for {name}
        </Text>
        <TextInput
          label="Invitation link"
          value={invitation.acceptUrl}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          rightSectionWidth={42}
          rightSection={
            <CopyButton value={invitation.acceptUrl} timeout={2000}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy link'} withArrow position="left">
                  <ActionIcon
                    color={copied ? 'teal' : 'indigo'}
                    variant="subtle"
                    onClick={copy}
                    aria-label={copied ? 'Copied' : 'Copy link'}
                  >
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          }
        />
        <Text size="xs" c="dimmed" data-testid="invitation-expiry">
          Expires {formatExpiry(invitation.expiresAt)}. The link works once. No email is sent from here: send it to{' '}
          {firstName} yourself, for example in chat.
        </Text>
      </Stack>
    </Paper>
  );
}
