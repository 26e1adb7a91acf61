import type { TaskHandlers } from '../core/jobs';
import type { DeliveryEnv } from '../notifications/deliver';
import { sendInvitation, sendPasswordReset } from '../notifications/notification.tasks';

/**
 * Every job's handler, registered once: the modules below queue jobs by name (core/jobs.ts),
 * the modules above handle them. The type check holds this list to one handler per declared task.
 */
export function taskHandlers(env: DeliveryEnv): TaskHandlers {
  return {
    'invitation-email': (payload, run) => sendInvitation(env, payload, run),
    'password-reset-email': (payload, run) => sendPasswordReset(env, payload, run),
  };
}
