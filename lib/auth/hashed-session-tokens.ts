import type { prismaAdapter } from 'better-auth/adapters/prisma';
import { tokenHash } from './token-hash';

type AdapterFactory = ReturnType<typeof prismaAdapter>;
type Adapter = ReturnType<AdapterFactory>;
type Where = { field: string; value: unknown; operator?: string };
type Row = Record<string, unknown> & { token?: unknown };

const SESSION = 'session';

/** The where clause with every token value replaced by its hash; `seen` maps hashes back. */
function hashedWhere<W extends Where[] | undefined>(where: W, seen: Map<string, string>): W {
  return where?.map((clause) => {
    if (clause.field !== 'token') return clause;
    const hash = (token: unknown) => {
      if (typeof token !== 'string') return token;
      const hashed = tokenHash(token);
      seen.set(hashed, token);
      return hashed;
    };
    const value = Array.isArray(clause.value) ? clause.value.map(hash) : hash(clause.value);
    return { ...clause, value };
  }) as W;
}

/** Rows come back with the token the caller asked by (better-auth refreshes and signs by it). */
function restored<T>(row: T, seen: Map<string, string>): T {
  if (!row || typeof row !== 'object') return row;
  const token = (row as Row).token;
  if (typeof token !== 'string') return row;
  return { ...row, token: seen.get(token) ?? token };
}

/**
 * better-auth stores each session's token as it is and looks sessions up by it; this wraps its
 * database adapter so that the session table holds only SHA-256 hashes: tokens are hashed on the
 * way in (create, and every where clause on `token`) and the caller's own token is put back on the
 * rows it gets. A session listed by user id (not by token) carries the hash, which opens nothing.
 * ADR 0009 says why this and not our own session store.
 */
export function withHashedSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => wrap(factory(options));
}

function wrap(inner: Adapter): Adapter {
  type Args = { model: string; where?: Where[]; data?: Row };
  const forSession = <A extends Args, R>(
    call: (args: A) => Promise<R>,
    fix: (args: A, seen: Map<string, string>) => A = (args, seen) => ({
      ...args,
      where: hashedWhere(args.where, seen),
    }),
  ) => {
    return async (args: A): Promise<R> => {
      if (args.model !== SESSION) return call(args);
      const seen = new Map<string, string>();
      const result = await call(fix(args, seen));
      return Array.isArray(result)
        ? (result.map((row) => restored(row, seen)) as R)
        : restored(result, seen);
    };
  };
  const adapter: Adapter = {
    ...inner,
    create: forSession(inner.create.bind(inner), (args, seen) => {
      const token = args.data?.token;
      if (typeof token !== 'string') return args;
      const hashed = tokenHash(token);
      seen.set(hashed, token);
      return { ...args, data: { ...args.data, token: hashed } };
    }) as Adapter['create'],
    findOne: forSession(inner.findOne.bind(inner)) as Adapter['findOne'],
    findMany: forSession(inner.findMany.bind(inner)) as Adapter['findMany'],
    count: forSession(inner.count.bind(inner)) as Adapter['count'],
    update: forSession(inner.update.bind(inner), (args, seen) => ({
      ...args,
      where: hashedWhere(args.where, seen),
      ...refuseTokenUpdate(args as Args & { update?: Row }),
    })) as Adapter['update'],
    updateMany: forSession(inner.updateMany.bind(inner), (args, seen) => ({
      ...args,
      where: hashedWhere(args.where, seen),
      ...refuseTokenUpdate(args as Args & { update?: Row }),
    })) as Adapter['updateMany'],
    delete: forSession(inner.delete.bind(inner)) as Adapter['delete'],
    deleteMany: forSession(inner.deleteMany.bind(inner)) as Adapter['deleteMany'],
    consumeOne: forSession(inner.consumeOne.bind(inner)) as Adapter['consumeOne'],
    incrementOne: forSession(inner.incrementOne.bind(inner)) as Adapter['incrementOne'],
    transaction: (callback) => inner.transaction((trx) => callback(wrap(trx as Adapter))),
  };
  return adapter;
}

/** better-auth never rewrites a token in place; if a version starts to, fail loudly, not open. */
function refuseTokenUpdate(args: { update?: Row }): Record<string, never> {
  if (args.update && 'token' in args.update)
    throw new Error('session tokens are hashed: an update of the token is not supported');
  return {};
}
