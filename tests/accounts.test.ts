import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AccountError,
  endAccountSessions,
  issueResetToken,
  resetTokenAccount,
  setAccountDisabled,
  setAccountRole,
} from '../lib/auth/accounts';
import { ABSOLUTE_SESSION_MS, ACCOUNT_DISABLED, createAuth, type Auth } from '../lib/auth/auth';
import { sessionUser } from '../lib/auth/current-session';
import { tokenHash } from '../lib/auth/token-hash';
import { createNewsroomUser, UserError } from '../lib/auth/users';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

const ADMIN = { email: 'chief@example.test', password: 'Atlas-Ocean-Rabat-2031', name: 'رئيسة' };
const EDITOR = { email: 'writer@example.test', password: 'Sahara-Fes-Tanger-2032', name: 'محرر' };

describe('account lifecycle (real database: SQLite, or PostgreSQL in test:postgres; better-auth)', () => {
  let db: TempDb;
  let auth: Auth;
  let admin: { id: string; name: string };
  let editorId: string;

  /** Signs in as better-auth's sign-in does; returns the Cookie header a browser would send. */
  async function signIn(email: string, password: string): Promise<Headers> {
    const { headers } = await auth.api.signInEmail({
      body: { email, password },
      returnHeaders: true,
    });
    const cookie = headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    return new Headers({ cookie });
  }
  const tokenOf = (cookies: Headers) =>
    decodeURIComponent(/session_token=([^;]+)/.exec(cookies.get('cookie') ?? '')?.[1] ?? '').split(
      '.',
    )[0] ?? '';
  const audits = async () => (await db.prisma.auditEvent.findMany()).map((e) => e.action);

  before(async () => {
    db = await createTempDatabase();
    auth = createAuth(db.prisma);
    const a = await createNewsroomUser(db.prisma, { ...ADMIN, role: 'admin' }, auth);
    admin = { id: a.id, name: ADMIN.name };
    editorId = (await createNewsroomUser(db.prisma, { ...EDITOR, role: 'editor' }, auth)).id;
  });
  after(() => db.cleanup());

  it('stores only the hash of a session token; the stored value opens nothing', async () => {
    const cookies = await signIn(EDITOR.email, EDITOR.password);
    const token = tokenOf(cookies);
    assert.ok(token.length >= 32);
    const rows = await db.prisma.session.findMany({ where: { userId: editorId } });
    assert.equal(rows.length, 1);
    assert.notEqual(rows[0]!.token, token);
    assert.equal(rows[0]!.token, tokenHash(token));
    assert.equal((await sessionUser(auth, cookies))?.email, EDITOR.email);
    const context = await auth.$context;
    assert.equal((await context.internalAdapter.findSession(token))?.session.token, token);
    assert.equal(await context.internalAdapter.findSession(rows[0]!.token), null);
  });

  it('disabling ends the sessions at once and refuses the right password; enabling restores', async () => {
    const cookies = await signIn(EDITOR.email, EDITOR.password);
    await setAccountDisabled(db.prisma, admin, editorId, true);
    assert.equal(await sessionUser(auth, cookies), null);
    assert.equal(await db.prisma.session.count({ where: { userId: editorId } }), 0);
    await assert.rejects(
      signIn(EDITOR.email, EDITOR.password),
      (error: { body?: { code?: string } }) => {
        assert.equal(error.body?.code, ACCOUNT_DISABLED);
        return true;
      },
    );
    assert.equal(await db.prisma.session.count({ where: { userId: editorId } }), 0);
    await setAccountDisabled(db.prisma, admin, editorId, false);
    assert.equal(
      (await sessionUser(auth, await signIn(EDITOR.email, EDITOR.password)))?.id,
      editorId,
    );
    const actions = await audits();
    assert.ok(actions.includes('account-disabled') && actions.includes('account-enabled'));
  });

  it('two admins creating the same address at once: one account, and a clear refusal', async () => {
    const input = {
      email: 'twice@example.test',
      name: 'مكرر',
      password: 'Tetouan-Martil-2034',
      role: 'editor' as const,
    };
    const results = await Promise.allSettled([
      createNewsroomUser(db.prisma, input, auth),
      createNewsroomUser(db.prisma, input, auth),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    const refused = results.find((r) => r.status === 'rejected');
    assert.ok(
      refused?.status === 'rejected' && refused.reason instanceof UserError,
      String(refused),
    );
    assert.equal(await db.prisma.user.count({ where: { email: input.email } }), 1);
  });

  it('an administrator cannot disable or demote themselves', async () => {
    await assert.rejects(setAccountDisabled(db.prisma, admin, admin.id, true), AccountError);
    await assert.rejects(setAccountRole(db.prisma, admin, admin.id, 'editor'), AccountError);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } });
    assert.equal(row.role, 'admin');
    assert.equal(row.disabledAt, null);
  });

  it('a role change applies to open sessions on their next request', async () => {
    const cookies = await signIn(EDITOR.email, EDITOR.password);
    await setAccountRole(db.prisma, admin, editorId, 'admin');
    assert.equal((await sessionUser(auth, cookies))?.role, 'admin');
    await setAccountRole(db.prisma, admin, editorId, 'editor');
    assert.equal((await sessionUser(auth, cookies))?.role, 'editor');
    assert.equal((await audits()).filter((a) => a === 'role-changed').length, 2);
  });

  it('a session ends a week after sign-in however active it was', async () => {
    const cookies = await signIn(EDITOR.email, EDITOR.password);
    const token = tokenHash(tokenOf(cookies));
    const signedInAt = (await db.prisma.session.findUniqueOrThrow({ where: { token } })).createdAt;
    const later = (ms: number) => new Date(signedInAt.getTime() + ms);
    assert.equal(
      (await sessionUser(auth, cookies, later(ABSOLUTE_SESSION_MS - 60_000)))?.id,
      editorId,
    );
    assert.equal(await sessionUser(auth, cookies, later(ABSOLUTE_SESSION_MS + 60_000)), null);
    assert.equal(await db.prisma.session.count({ where: { token } }), 0);
  });

  it("ends another account's sessions on every device", async () => {
    const one = await signIn(EDITOR.email, EDITOR.password);
    const two = await signIn(EDITOR.email, EDITOR.password);
    const ended = await endAccountSessions(db.prisma, admin, editorId);
    assert.ok(ended >= 2);
    assert.equal(await sessionUser(auth, one), null);
    assert.equal(await sessionUser(auth, two), null);
  });

  it('a reset link works once, before it expires, ends the sessions and withdraws older links', async () => {
    const open = await signIn(EDITOR.email, EDITOR.password);
    const first = await issueResetToken(db.prisma, admin, editorId);
    const second = await issueResetToken(db.prisma, admin, editorId);
    assert.equal(
      await resetTokenAccount(db.prisma, first.token),
      null,
      'the older link is withdrawn',
    );
    const stored = await db.prisma.verification.findMany({ where: { value: editorId } });
    assert.equal(stored.length, 1);
    assert.ok(!stored[0]!.identifier.includes(second.token), 'only a hash is stored');
    assert.equal((await resetTokenAccount(db.prisma, second.token))?.id, editorId);

    const renewed = 'Ifrane-Cedar-Snow-2033';
    await auth.api.resetPassword({ body: { newPassword: renewed, token: second.token } });
    assert.equal(await sessionUser(auth, open), null, 'sessions end with the reset');
    await assert.rejects(signIn(EDITOR.email, EDITOR.password));
    assert.equal((await sessionUser(auth, await signIn(EDITOR.email, renewed)))?.id, editorId);
    await assert.rejects(
      auth.api.resetPassword({
        body: { newPassword: 'Another-Pass-Word-2034', token: second.token },
      }),
    );
    assert.equal(await resetTokenAccount(db.prisma, second.token), null);

    const old = await issueResetToken(
      db.prisma,
      admin,
      editorId,
      new Date(Date.now() - 2 * 3600_000),
    );
    assert.equal(await resetTokenAccount(db.prisma, old.token), null);
    await assert.rejects(
      auth.api.resetPassword({ body: { newPassword: 'Expired-Link-Pass-2035', token: old.token } }),
    );
    assert.equal((await sessionUser(auth, await signIn(EDITOR.email, renewed)))?.id, editorId);
    EDITOR.password = renewed;
  });

  it('a disabled account gets no reset link, and disabling withdraws an open one', async () => {
    const link = await issueResetToken(db.prisma, admin, editorId);
    await setAccountDisabled(db.prisma, admin, editorId, true);
    assert.equal(await resetTokenAccount(db.prisma, link.token), null);
    await assert.rejects(issueResetToken(db.prisma, admin, editorId), AccountError);
    await setAccountDisabled(db.prisma, admin, editorId, false);
  });

  it('changing one’s password needs the current one and signs out the other devices', async () => {
    const laptop = await signIn(EDITOR.email, EDITOR.password);
    const phone = await signIn(EDITOR.email, EDITOR.password);
    await assert.rejects(
      auth.api.changePassword({
        body: { currentPassword: 'not-the-password-1', newPassword: 'Chefchaouen-Blue-2036' },
        headers: laptop,
      }),
    );
    const { headers } = await auth.api.changePassword({
      body: {
        currentPassword: EDITOR.password,
        newPassword: 'Chefchaouen-Blue-2036',
        revokeOtherSessions: true,
      },
      headers: laptop,
      returnHeaders: true,
    });
    assert.equal(await sessionUser(auth, phone), null);
    const fresh = new Headers({
      cookie: headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    });
    assert.equal((await sessionUser(auth, fresh))?.id, editorId);
    assert.equal(
      (await sessionUser(auth, await signIn(EDITOR.email, 'Chefchaouen-Blue-2036')))?.id,
      editorId,
    );
  });
});
