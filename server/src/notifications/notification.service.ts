import { isId, LIMITS, type NotificationKind } from '@fulcrum/shared';
import type { DataSource } from 'typeorm';
import { requireActor } from '../core/actor';
import type { Context } from '../core/context';
import { connection, DEFAULT_PAGE_SIZE, pageSizeProblem, type Connection, type PageArgs } from '../core/connection';
import { encodeCursor, storedTimePosition } from '../core/cursor';
import { assertValid } from '../core/validation';
import { Notification } from './notification.entity';

const COLUMNS = `id, organization_id, recipient_id, kind, title, body, url, subject_type, subject_id, job_id, emailed_at, created_at, read_at,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS position`;

interface Row {
  id: string;
  organization_id: string;
  recipient_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  url: string;
  subject_type: string | null;
  subject_id: string | null;
  job_id: string | null;
  emailed_at: Date | null;
  created_at: Date;
  read_at: Date | null;
  position: string;
}

export type NotificationAt = Notification & { position: string };

function hydrate(row: Row): NotificationAt {
  return Object.assign(new Notification(), {
    id: row.id,
    organizationId: row.organization_id,
    recipientId: row.recipient_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    url: row.url,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    jobId: row.job_id,
    emailedAt: row.emailed_at,
    createdAt: row.created_at,
    readAt: row.read_at,
    position: row.position,
  });
}

/** The viewer's inbox, newest first, by keyset pages. */
export async function myNotifications(ctx: Context, { first, after }: PageArgs): Promise<Connection<Notification>> {
  const viewer = requireActor(ctx);
  const size = first ?? DEFAULT_PAGE_SIZE;
  assertValid({ first: pageSizeProblem(size, 'notifications') });
  const position = after ? storedTimePosition(after) : null;
  const [rows, [{ count }]] = await Promise.all([
    ctx.app.db.query<Row[]>(
      `SELECT ${COLUMNS} FROM notification
        WHERE organization_id = $1 AND recipient_id = $2
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC LIMIT $5`,
      [viewer.organizationId, viewer.personId, position?.at ?? null, position?.id ?? null, size + 1],
    ),
    ctx.app.db.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM notification WHERE organization_id = $1 AND recipient_id = $2`,
      [viewer.organizationId, viewer.personId],
    ),
  ]);
  const edges = rows
    .slice(0, size)
    .map(hydrate)
    .map((node) => ({ cursor: encodeCursor(node.position, node.id), node }));
  return connection(edges, rows.length > size, count);
}

/** One of the viewer's items (a live event's), or null when it is not theirs. */
export async function myNotification(db: DataSource, viewer: { organizationId: string; personId: string }, id: string) {
  const rows = await db.query<Row[]>(
    `SELECT ${COLUMNS} FROM notification WHERE organization_id = $1 AND recipient_id = $2 AND id = $3`,
    [viewer.organizationId, viewer.personId, id],
  );
  const row = rows.at(0);
  return row ? hydrate(row) : null;
}

export async function unreadCount(ctx: Context): Promise<number> {
  const viewer = requireActor(ctx);
  const [{ count }] = await ctx.app.db.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM notification WHERE organization_id = $1 AND recipient_id = $2 AND read_at IS NULL`,
    [viewer.organizationId, viewer.personId],
  );
  return count;
}

/** Marks the viewer's items read (all of them when `ids` is absent); how many changed. Ids not theirs are ignored. */
export async function markRead(ctx: Context, ids: readonly string[] | null | undefined): Promise<number> {
  const viewer = requireActor(ctx);
  assertValid({
    ids:
      ids && ids.length > LIMITS.pageSizeMax
        ? `At most ${LIMITS.pageSizeMax} ids at once.`
        : ids?.some((id) => !isId(id))
          ? 'Not a notification id.'
          : null,
  });
  const [{ count }] = await ctx.app.db.query<{ count: number }[]>(
    `WITH changed AS (
       UPDATE notification SET read_at = now()
        WHERE organization_id = $1 AND recipient_id = $2 AND read_at IS NULL
          AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
        RETURNING 1
     )
     SELECT count(*)::int AS count FROM changed`,
    [viewer.organizationId, viewer.personId, ids ?? null],
  );
  return count;
}

/** Whether a person's session is still alive (a live event checks it each time). */
export async function sessionAlive(db: DataSource, sessionId: string): Promise<boolean> {
  const rows = await db.query<unknown[]>(`SELECT 1 FROM session WHERE id = $1 AND expires_at > now()`, [sessionId]);
  return rows.length > 0;
}
