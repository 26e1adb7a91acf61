import { Level, Role, Track, normalizeEmail, type PersonDetails } from '@fulcrum/shared';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import type { AddPersonInput, UpdatePersonInput } from '../api/gql/graphql';
import { isUnder, peopleBelow, type PersonCard } from './orgTree';

/** The person's details as typed, and whom they report to. */
export interface PersonFormValues extends PersonDetails {
  managerId: string | null;
}

const COMMON_SPECIALTIES = ['Data Science', 'ML Engineering', 'Analytics', 'Data Engineering', 'Product'];

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** The form's values for a person, or for a new one under a pre-selected manager. */
export function initialPersonValues(person: PersonCard | null, managerId: string | null): PersonFormValues {
  return {
    name: person?.name ?? '',
    email: person?.email ?? '',
    title: person?.title ?? '',
    level: person?.level ?? Level.MID,
    track: person?.track ?? Track.INDIVIDUAL_CONTRIBUTOR,
    specialty: person?.specialty ?? '',
    managerId,
  };
}

/**
 * Whom the person may report to: not themself nor anyone below them; for a manager, only
 * people in their own part of the chart (and the current manager). Sorted by name; two people
 * with one name are told apart by their title.
 */
export function managerOptions(
  person: PersonCard | null,
  people: readonly PersonCard[],
  byId: ReadonlyMap<string, PersonCard>,
  viewer: SignedInViewer,
  initialManagerId: string | null,
): { value: string; label: string }[] {
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
      label:
        (nameCount.get(candidate.name) ?? 0) > 1 && candidate.title
          ? `${candidate.name} (${candidate.title})`
          : candidate.name,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Suggestions for the specialty: common ones and those the organization already uses, sorted. */
export function knownSpecialties(people: readonly PersonCard[]): string[] {
  const known = new Set(COMMON_SPECIALTIES);
  for (const other of people) if (other.specialty) known.add(other.specialty);
  return [...known].sort();
}

/** Only what changed, so an edit does not overwrite what someone else changed meanwhile. */
export function personChanges(person: PersonCard, values: PersonFormValues): UpdatePersonInput {
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
  return input;
}

/** A new person from the form: blanks become nulls, the email is normalized. */
export function newPerson(values: PersonFormValues): AddPersonInput {
  const email = optional(values.email);
  return {
    name: values.name.trim(),
    email: email ? normalizeEmail(email) : null,
    title: optional(values.title),
    level: values.level,
    track: values.track,
    specialty: optional(values.specialty),
    managerId: values.managerId,
  };
}
