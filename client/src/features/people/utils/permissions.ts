import { Role, Track } from '@fulcrum/shared';
import type { SignedInViewer } from '@/lib/viewer/useViewer';
import { isUnder } from './orgTree';

type ManagerLinks = ReadonlyMap<string, { manager: { id: string } | null }>;

/**
 * Whether to offer edit and invite for a person: admins may, and so may managers for
 * people anywhere below them. Only a preview; the server decides and may answer FORBIDDEN.
 */
export function canManagePerson(viewer: SignedInViewer, personId: string, people: ManagerLinks): boolean {
  if (viewer.role === Role.ADMIN) return true;
  return isUnder(personId, viewer.person.id, people);
}

/** Admins add anyone; a manager adds people to their own part of the chart. */
export function canAddPeople(viewer: SignedInViewer): boolean {
  return viewer.role === Role.ADMIN || viewer.person.reports.length > 0 || viewer.person.track === Track.MANAGER;
}

/**
 * Whether to offer "Start plan": the person themself, their manager or anyone above them may.
 * Admins outside the chain may not (plan content is not theirs). The server decides.
 */
export function canStartPlan(viewer: SignedInViewer, personId: string, people: ManagerLinks): boolean {
  return personId === viewer.person.id || isUnder(personId, viewer.person.id, people);
}
