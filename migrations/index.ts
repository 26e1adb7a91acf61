import { Foundation1764163200000 } from './1764163200000-Foundation';

/** Every migration, oldest first. A new migration is added here when it is committed. */
export const migrations = [Foundation1764163200000];
