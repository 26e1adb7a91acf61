import { enumOfKeys, type ValueOf } from './enumeration';

/** People on the org chart: their career level (lowest first) and track, and their details. */
export const LEVEL_LABELS = {
  JUNIOR: 'Junior',
  MID: 'Mid-level',
  SENIOR: 'Senior',
  LEAD: 'Lead',
  STAFF: 'Staff',
  PRINCIPAL: 'Principal',
};
export const Level = enumOfKeys(LEVEL_LABELS);
export type Level = ValueOf<typeof Level>;

export const TRACK_LABELS = {
  INDIVIDUAL_CONTRIBUTOR: 'Individual contributor',
  MANAGER: 'Manager',
};
export const Track = enumOfKeys(TRACK_LABELS);
export type Track = ValueOf<typeof Track>;

/** A person's details as they are written in (the demo, a form): blank text where one is unknown. */
export interface PersonDetails {
  name: string;
  email: string;
  title: string;
  level: Level;
  track: Track;
  specialty: string;
}
