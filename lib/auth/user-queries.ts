import 'server-only';
import { newsroomDb } from '../db/client';
import { resetTokenAccount } from './accounts';
import type { Role } from './auth';

export type NewsroomAccount = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
  activeSessions: number;
};

export async function listNewsroomUsers(now: Date = new Date()): Promise<NewsroomAccount[]> {
  const rows = await newsroomDb.user.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } },
    },
  });
  return rows.map(({ _count, ...r }) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    disabledAt: r.disabledAt?.toISOString() ?? null,
    activeSessions: _count.sessions,
  }));
}

/** The account a reset link still opens (lib/auth/accounts.ts), for its page and its form. */
export const resetLinkAccount = (token: string) => resetTokenAccount(newsroomDb, token);
