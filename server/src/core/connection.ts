import { LIMITS } from '@fulcrum/shared';
import type DataLoader from 'dataloader';
import { ArgsType, Field, Int, type ClassType } from 'type-graphql';
import { encodeCursor, storedTimePosition } from './cursor';
import type { PageKey, PageRow } from './db/batch';
import { ObjectType } from './object-type';
import { assertValid } from './validation';

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of a list: its edges, where the next page starts, and the size of the whole list. */
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * The GraphQL types of a paginated list of `Node`: `<name>Connection` (edges, pageInfo,
 * totalCount) and `<name>Edge` (cursor, node). Called once per node type, at module load.
 */
export function connectionOf<T extends object>(name: string, Node: ClassType<T>): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<T> {
    @Field() cursor: string;
    @Field(() => Node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }

  return ConnectionType;
}

/** The connection of a page of edges, the list holding `totalCount` rows in all. */
export function connection<T>(edges: Edge<T>[], hasNextPage: boolean, totalCount: number): Connection<T> {
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** What a page size asked for breaks, naming what is listed ("people"), or null. */
export function pageSizeProblem(first: number, listed: string): string | null {
  return first < 1 || first > LIMITS.pageSizeMax ? `Ask for between 1 and ${LIMITS.pageSizeMax} ${listed}.` : null;
}

export const DEFAULT_PAGE_SIZE = 20;

/** The arguments of a paginated list that has no others (listed as the schema has them: `after`, then `first`). */
@ArgsType()
export class PageArgs {
  @Field(() => String, { nullable: true }) after?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE }) first?: number | null;
}

/** A list's batches by parent: its pages, newest first (`newestFirstPages`), and its counts (`countBy`). */
export interface NewestFirstBatches<T> {
  page: DataLoader<PageKey, PageRow<T>[], string>;
  count: DataLoader<string, number>;
}

/**
 * A page of a parent's list, newest first, through the list's batches: a list of parents costs
 * two statements, not two per parent. The caller has checked that the viewer reads the parent.
 */
export async function newestFirstPage<T>(
  batches: NewestFirstBatches<T>,
  parentId: string,
  { first, after }: PageArgs,
  listed: string,
): Promise<Connection<T>> {
  const size = first ?? DEFAULT_PAGE_SIZE;
  assertValid({ first: pageSizeProblem(size, listed) });
  const position = after ? storedTimePosition(after) : null;
  const [rows, totalCount] = await Promise.all([
    batches.page.load({ parentId, first: size, after: position }),
    batches.count.load(parentId),
  ]);
  const edges = rows
    .slice(0, size)
    .map((row) => ({ cursor: encodeCursor(row.position.at, row.position.id), node: row.row }));
  return connection(edges, rows.length > size, totalCount);
}
