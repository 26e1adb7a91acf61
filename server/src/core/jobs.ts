import { Logger as WorkerLogger, run, type Job, type JobHelpers, type Runner, type TaskList } from 'graphile-worker';
import type { EntityManager } from 'typeorm';
import type { Logger } from './logger';

/**
 * Background jobs on PostgreSQL with graphile-worker: a job is a row of `graphile_worker`'s
 * tables, added in the caller's transaction (so it exists only if the change that asks for it
 * commits), taken by exactly one worker of any instance (`SKIP LOCKED`, woken by LISTEN/NOTIFY),
 * retried with exponential backoff when its handler throws, and kept with its `last_error` once
 * its attempts are used up. graphile-worker installs and migrates its own schema when the runner
 * starts (its migrations, not ours).
 *
 * The tasks and their payloads are declared here by declaration merging, by the module that asks
 * for them (`declare module '…/core/jobs' { interface JobTasks { 'task-name': Payload } }`); the
 * handlers may live in a module above it and are registered once by the composition root (app/),
 * which the type check holds to one handler per task.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface JobTasks {}

export type TaskName = Extract<keyof JobTasks, string>;

/** What a handler knows of the job it runs: graphile-worker's id (stable across retries) and the attempt. */
export interface JobRun {
  jobId: string;
  attempt: number;
  maxAttempts: number;
}

export type TaskHandlers = {
  [K in TaskName]: (payload: JobTasks[K], run: JobRun) => Promise<void>;
};

export interface EnqueueOptions {
  /** Not before this time (a reminder); at once when absent. */
  runAt?: Date;
  /**
   * Names the job: adding another with the same key replaces it while it waits (a reminder
   * re-planned), and `removeJob` drops it.
   */
  jobKey?: string;
  /** Attempts before the job is kept as failed for good; graphile-worker's default is 25. */
  maxAttempts?: number;
}

/** Adds a job in the transaction of `em`: it runs only if, and once, that transaction commits. */
export async function enqueue<K extends TaskName>(
  em: EntityManager,
  task: K,
  payload: JobTasks[K],
  options: EnqueueOptions = {},
): Promise<void> {
  await em.query(
    `SELECT graphile_worker.add_job($1, $2::json, run_at => $3, job_key => $4, max_attempts => $5, job_key_mode => 'replace')`,
    [task, JSON.stringify(payload), options.runAt ?? null, options.jobKey ?? null, options.maxAttempts ?? null],
  );
}

/** Drops a waiting job by its key (a reminder that no longer applies); one running now finishes. */
export async function removeJob(em: EntityManager, jobKey: string): Promise<void> {
  await em.query(`SELECT graphile_worker.remove_job($1)`, [jobKey]);
}

export interface JobRunnerOptions {
  url: string;
  log: Logger;
  handlers: TaskHandlers;
  pollIntervalMs: number;
  /** Jobs run at once by this instance. */
  concurrency?: number;
}

export interface JobRunner {
  /** Stops taking jobs, lets the running ones finish, closes its connections. */
  stop(): Promise<void>;
}

const LEVELS: Partial<Record<string, 'error' | 'warn' | 'info' | 'debug'>> = {
  error: 'error',
  warning: 'warn',
  info: 'info',
  debug: 'debug',
};

/** graphile-worker's log lines into ours, at the same levels. */
function workerLogger(log: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    log[LEVELS[level as string] ?? 'debug']({ ...scope, ...meta }, message);
  });
}

function taskList(handlers: TaskHandlers): TaskList {
  const list: TaskList = {};
  for (const [name, handler] of Object.entries(handlers) as [string, (p: unknown, r: JobRun) => Promise<void>][]) {
    list[name] = (payload: unknown, helpers: JobHelpers) =>
      handler(payload, {
        jobId: helpers.job.id,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
      });
  }
  return list;
}

/**
 * Starts this instance's workers on the application's database: graphile-worker migrates its
 * schema first (under its own lock, so instances starting together are safe). A job whose
 * attempts are used up is logged as an error; it stays in the queue's table with `last_error`.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { log } = options;
  const runner: Runner = await run({
    connectionString: options.url,
    concurrency: options.concurrency ?? 5,
    maxPoolSize: (options.concurrency ?? 5) + 2,
    pollInterval: options.pollIntervalMs,
    noHandleSignals: true,
    // No recurring jobs (reminders are jobs with a run-at time), and no crontab file to look for.
    parsedCronItems: [],
    logger: workerLogger(log.child({ component: 'jobs' })),
    taskList: taskList(options.handlers),
  });
  runner.events.on('job:failed', ({ job, error }: { job: Job; error: unknown }) => {
    const fields = {
      err: error,
      jobId: job.id,
      task: job.task_identifier,
      attempt: job.attempts,
      maxAttempts: job.max_attempts,
    };
    if (job.attempts >= job.max_attempts) log.error(fields, 'job failed for good; kept with its last_error');
    else log.warn({ ...fields, runAt: job.run_at }, 'job failed; it will be retried');
  });
  return {
    async stop() {
      await runner.stop();
    },
  };
}
