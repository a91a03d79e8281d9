import { randomBytes, randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../generated/prisma/client';
import { recordAudit, type Actor } from '../audit/log';
import { RESET_LINK_SECONDS, type Role } from './auth';
import { ROLE_NAMES } from './permissions';
import { tokenHash } from './token-hash';

/** A refusal the newsroom shows as it is (Arabic). */
export class AccountError extends Error {}

/** better-auth's identifier for a reset token; it hashes it with lib/auth/token-hash.ts too. */
const resetIdentifier = (token: string) => tokenHash(`reset-password:${token}`);

async function target(db: PrismaClient, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, role: true, disabledAt: true },
  });
  if (!user) throw new AccountError('الحساب غير موجود.');
  return user;
}

/**
 * Administrators act on other accounts only: one cannot disable or demote oneself, which also keeps
 * at least one working administrator (the one acting).
 */
function notSelf(actor: Actor, userId: string, message: string) {
  if (actor.id === userId) throw new AccountError(message);
}

/** Disables an account and ends its sessions in the same transaction, or enables it again. */
export async function setAccountDisabled(
  db: PrismaClient,
  actor: Actor,
  userId: string,
  disabled: boolean,
): Promise<void> {
  notSelf(actor, userId, 'لا يمكنكم تعطيل حسابكم أنتم.');
  const user = await target(db, userId);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { disabledAt: disabled ? new Date() : null },
    });
    if (disabled) {
      await tx.session.deleteMany({ where: { userId } });
      await tx.verification.deleteMany({ where: { value: userId } });
    }
    await recordAudit(tx, actor, disabled ? 'account-disabled' : 'account-enabled', {
      summary: user.email,
    });
  });
}

export async function setAccountRole(
  db: PrismaClient,
  actor: Actor,
  userId: string,
  role: Role,
): Promise<void> {
  notSelf(actor, userId, 'لا يمكنكم تغيير دور حسابكم أنتم.');
  const user = await target(db, userId);
  if (user.role === role) return;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, actor, 'role-changed', {
      summary: `${user.email}: ${ROLE_NAMES[user.role]} ← ${ROLE_NAMES[role]}`,
    });
  });
}

/** Signs an account out on every device; returns how many sessions ended. */
export async function endAccountSessions(
  db: PrismaClient,
  actor: Actor,
  userId: string,
): Promise<number> {
  const user = await target(db, userId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, actor, 'sessions-ended', { summary: `${user.email} (${count})` });
    return count;
  });
}

/**
 * A one-time link an administrator hands to a colleague who forgot their password (no e-mail is
 * involved). Only its hash is stored; issuing one withdraws the account's earlier links, using one
 * ends the account's sessions (better-auth's revokeSessionsOnPasswordReset).
 */
export async function issueResetToken(
  db: PrismaClient,
  actor: Actor,
  userId: string,
  now: Date = new Date(),
): Promise<{ token: string; email: string; expiresAt: Date }> {
  const user = await target(db, userId);
  if (user.disabledAt) throw new AccountError('الحساب معطَّل: فعِّلوه أولاً.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_LINK_SECONDS * 1000);
  await db.$transaction(async (tx) => {
    await tx.verification.deleteMany({ where: { value: userId } });
    await tx.verification.create({
      data: { id: randomUUID(), identifier: resetIdentifier(token), value: userId, expiresAt },
    });
    await recordAudit(tx, actor, 'reset-link-issued', { summary: user.email });
  });
  return { token, email: user.email, expiresAt };
}

/** The account a reset token still opens, or null (unknown, used or expired). */
export async function resetTokenAccount(
  db: PrismaClient,
  token: string,
  now: Date = new Date(),
): Promise<{ id: string; name: string; email: string } | null> {
  if (!/^[\w-]{20,100}$/.test(token)) return null;
  const row = await db.verification.findFirst({
    where: { identifier: resetIdentifier(token), expiresAt: { gt: now } },
    select: { value: true },
  });
  if (!row) return null;
  const user = await db.user.findUnique({
    where: { id: row.value },
    select: { id: true, name: true, email: true, disabledAt: true },
  });
  return user && !user.disabledAt ? { id: user.id, name: user.name, email: user.email } : null;
}
