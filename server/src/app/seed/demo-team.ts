import type { EntityManager } from 'typeorm';
import { seedNoorsPlan } from './noors-plan';
import { seedAishasPlan } from './aishas-plan';

/**
 * The rest of Maya's organization, so that her home shows a small real org rather than one row:
 * Noor, a second senior under Maya, whose plan is in trouble in the ways the home flags (two
 * delegations at risk, two anti-patterns, an upcoming 1:1 with open action items, a real shift
 * since last quarter), and Jonas's ML engineering team one level down, where Aisha's plan is on
 * track. None of it touches Sam, Priya or Leo.
 */
export async function seedTeam(em: EntityManager, organizationId: string, id: (key: string) => string): Promise<void> {
  await seedNoorsPlan(em, organizationId, id);
  await seedAishasPlan(em, organizationId, id);
}
