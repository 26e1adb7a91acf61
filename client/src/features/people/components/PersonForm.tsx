import { useMutation } from '@apollo/client/react';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
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
  normalizeEmail,
} from '@fulcrum/shared';
import { useId, useMemo, useState } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { SubmitButton } from '@/components/SubmitButton';
import { ViewerDocument } from '@/gql/graphql';
import { AddPersonDocument, UpdatePersonDocument, type UpdatePersonInput } from '../api/gql/graphql';
import { readProblem, type Problem } from '@/lib/errors';
import { applyFieldErrors, validateFilledOnBlur } from '@/lib/form';
import { notifyProblem } from '@/lib/notify';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { isUnder, peopleBelow, type PersonCard } from '../utils/orgTree';

const FIELDS = ['name', 'email', 'title', 'level', 'track', 'specialty', 'managerId'] as const;

const LEVEL_OPTIONS = Object.values(Level).map((value) => ({ value, label: LEVEL_LABELS[value] }));
const TRACK_OPTIONS = Object.values(Track).map((value) => ({ value, label: TRACK_LABELS[value] }));
const COMMON_SPECIALTIES = ['Data Science', 'ML Engineering', 'Analytics', 'Data Engineering', 'Product'];

interface PersonFormValues {
  name: string;
  email: string;
  title: string;
  level: Level;
  track: Track;
  specialty: string;
  managerId: string | null;
}

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

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function maxLength(max: number) {
  return (value: string) => (value.trim().length > max ? `Use at most ${max} characters.` : null);
}

export function PersonForm({ person, defaultManagerId, people, byId, viewer, onSaved, onCancel }: PersonFormProps) {
  const editing = Boolean(person);
  const specialtyListId = useId();
  const [problem, setProblem] = useState<Problem | null>(null);
  // The viewer's own reports (Home, permissions) change when people move under them.
  const [addPerson, adding] = useMutation(AddPersonDocument, { refetchQueries: [ViewerDocument] });
  const [updatePerson, updating] = useMutation(UpdatePersonDocument, {
    refetchQueries: [ViewerDocument],
  });

  const initialManagerId = person ? (person.manager?.id ?? null) : (defaultManagerId ?? null);
  const initialValues: PersonFormValues = {
    name: person?.name ?? '',
    email: person?.email ?? '',
    title: person?.title ?? '',
    level: person?.level ?? Level.MID,
    track: person?.track ?? Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: person?.specialty ?? '',
    managerId: initialManagerId,
  };

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

  const managerOptions = useMemo(() => {
    const excluded = person ? peopleBelow(person.id, people) : new Set<string>();
    if (person) excluded.add(person.id);
    const isAdmin = viewer.role === Role.ADMIN;
    const candidates = people.filter(
      (candidate) =>
        !excluded.has(candidate.id) &&
        (isAdmin ||
          candidate.id === viewer.person.id ||
          isUnder(candidate.id, viewer.person.id, byId) ||
          candidate.id === initialManagerId),
    );
    const nameCount = new Map<string, number>();
    for (const candidate of candidates) nameCount.set(candidate.name, (nameCount.get(candidate.name) ?? 0) + 1);
    return candidates
      .map((candidate) => ({
        value: candidate.id,
        // Two people with one name are told apart by their title.
        label:
          (nameCount.get(candidate.name) ?? 0) > 1 && candidate.title
            ? `${candidate.name} (${candidate.title})`
            : candidate.name,
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [person, people, byId, viewer, initialManagerId]);

  const specialties = useMemo(() => {
    const known = new Set(COMMON_SPECIALTIES);
    for (const other of people) if (other.specialty) known.add(other.specialty);
    return [...known].sort();
  }, [people]);

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      if (person) {
        const input: UpdatePersonInput = { id: person.id };
        if (values.name.trim() !== person.name) input.name = values.name.trim();
        const email = optional(values.email);
        const normalizedEmail = email ? normalizeEmail(email) : null;
        if (normalizedEmail !== (person.email ?? null)) input.email = normalizedEmail;
        if (optional(values.title) !== (person.title ?? null)) input.title = optional(values.title);
        if (values.level !== person.level) input.level = values.level;
        if (values.track !== person.track) input.track = values.track;
        if (optional(values.specialty) !== (person.specialty ?? null)) input.specialty = optional(values.specialty);
        if (values.managerId !== (person.manager?.id ?? null)) input.managerId = values.managerId;
        if (Object.keys(input).length === 1) {
          onSaved(person);
          return;
        }
        const { data } = await updatePerson({ variables: { input } });
        if (data) onSaved(data.updatePerson);
      } else {
        const email = optional(values.email);
        const { data } = await addPerson({
          variables: {
            input: {
              name: values.name.trim(),
              email: email ? normalizeEmail(email) : null,
              title: optional(values.title),
              level: values.level,
              track: values.track,
              specialty: optional(values.specialty),
              managerId: values.managerId,
            },
          },
        });
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

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? 'Edit person' : 'Add person'}>
      <Stack gap="md">
        {problem && <ProblemAlert error={problem} />}
        <TextInput label="Name" data-autofocus maxLength={LIMITS.nameMax} {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          placeholder="name@company.com"
          description="Optional; needed to invite them. Visible to them, their managers and admins."
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Title"
          placeholder="Optional, e.g. Senior Data Scientist"
          maxLength={LIMITS.titleMax}
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NativeSelect label="Level" data={LEVEL_OPTIONS} {...form.getInputProps('level')} />
          <NativeSelect label="Track" data={TRACK_OPTIONS} {...form.getInputProps('track')} />
        </SimpleGrid>
        <TextInput
          label="Specialty"
          placeholder="Optional, e.g. Data Science or ML Engineering"
          list={specialtyListId}
          autoComplete="off"
          maxLength={LIMITS.specialtyMax}
          {...form.getInputProps('specialty')}
        />
        {/* Native suggestions: any text is allowed, the org's own specialties come first. */}
        <datalist id={specialtyListId}>
          {specialties.map((specialty) => (
            <option key={specialty} value={specialty} />
          ))}
        </datalist>
        <NativeSelect
          label="Manager"
          description="Who they report to; leave empty for the top of the chart."
          data={[{ value: '', label: 'No manager (top of the chart)' }, ...managerOptions]}
          value={form.values.managerId ?? ''}
          onChange={(event) => form.setFieldValue('managerId', event.currentTarget.value || null)}
          error={form.errors.managerId}
        />
        {viewer.role !== Role.ADMIN && (
          <Text size="xs" c="dimmed">
            As a manager you can place people in your own part of the chart.
          </Text>
        )}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <SubmitButton loading={saving}>Save</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
