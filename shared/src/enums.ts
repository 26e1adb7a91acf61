/** Enumerations of the product, in the order the API contract lists them. */
export enum Role {
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}

export enum Level {
  JUNIOR = 'JUNIOR',
  MID = 'MID',
  SENIOR = 'SENIOR',
  LEAD = 'LEAD',
  STAFF = 'STAFF',
  PRINCIPAL = 'PRINCIPAL',
}

export enum Track {
  INDIVIDUAL_CONTRIBUTOR = 'INDIVIDUAL_CONTRIBUTOR',
  MANAGER = 'MANAGER',
}

export const LEVEL_LABELS: Record<Level, string> = {
  [Level.JUNIOR]: 'Junior',
  [Level.MID]: 'Mid-level',
  [Level.SENIOR]: 'Senior',
  [Level.LEAD]: 'Lead',
  [Level.STAFF]: 'Staff',
  [Level.PRINCIPAL]: 'Principal',
};

export const TRACK_LABELS: Record<Track, string> = {
  [Track.INDIVIDUAL_CONTRIBUTOR]: 'Individual contributor',
  [Track.MANAGER]: 'Manager',
};
