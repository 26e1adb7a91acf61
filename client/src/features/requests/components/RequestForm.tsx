import { Card, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FailureAlert } from '@/components/PlanAlerts';
import { FormActions } from '@/components/FormActions';
import { useRequestForm } from '../hooks/useRequestForm';
import { DecisionFields, RequesterFields, TriageQuestions } from './RequestFormParts';

/**
 * Logs a request with the four triage answers; the recommendation shows as soon as the answers
 * decide it. The decision (which may differ), its redirect target and the hours can be given
 * now or later, from the list.
 */
export function RequestForm({ onDone }: { onDone: () => void }) {
  const request = useRequestForm(onDone);
  const { form, submit, saving, failure, logged } = request;
  return (
    <Card withBorder padding="md" bg="var(--mantine-color-indigo-0)">
      <form onSubmit={submit} noValidate aria-label="Log a request">
        <Stack gap="md">
          <div>
            <Text fw={600}>Log a request</Text>
            <Text size="xs" c="dimmed">
              Four questions decide whether to help, teach, or point them elsewhere. Saying no is fine; silence is not.
            </Text>
          </div>

          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <RequesterFields form={form} locked={logged} />
            <TextInput
              label="Topic"
              placeholder="What they asked for"
              disabled={logged}
              {...form.getInputProps('topic')}
            />
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TriageQuestions form={form} locked={logged} />
            <DecisionFields request={request} />
          </SimpleGrid>

          {logged && (
            <Text size="sm" c="dimmed">
              The request is logged; only the decision is left to save.
            </Text>
          )}
          <FailureAlert failure={failure} />
          <FormActions onCancel={onDone} saving={saving} cancelLabel={logged ? 'Close' : 'Cancel'}>
            {logged ? 'Save decision' : 'Log request'}
          </FormActions>
        </Stack>
      </form>
    </Card>
  );
}
