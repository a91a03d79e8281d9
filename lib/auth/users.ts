import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import { auth, ROLES, type Auth, type Role } from './auth';
import { passwordProblems } from './password';

export const newUserSchema = z.object({
  email: z.email('بريد إلكتروني غير صالح').trim().toLowerCase().max(200),
  name: z.string().trim().min(2, 'الاسم قصير جداً').max(80),
  password: z.string(),
  role: z.enum(ROLES),
});

export type NewUser = z.infer<typeof newUserSchema>;

export class UserError extends Error {}

/**
 * Creates a newsroom account with better-auth's own password hashing and account records (the same
 * steps as its sign-up, which stays disabled: nobody can register themselves).
 */
export async function createNewsroomUser(
  db: PrismaClient,
  input: NewUser,
  using: Auth = auth,
): Promise<{ id: string; email: string; role: Role }> {
  const problems = passwordProblems(input.password, input.email);
  if (problems.length > 0) throw new UserError(problems.join(' '));
  if (await db.user.findUnique({ where: { email: input.email } }))
    throw new UserError('يوجد حساب بهذا البريد الإلكتروني.');
  const context = await using.$context;
  const hash = await context.password.hash(input.password);
  const user = await context.internalAdapter
    .createUser(
      { email: input.email, name: input.name, emailVerified: true, role: input.role },
      { method: 'email-password' },
    )
    .catch((error: unknown) => {
      // Two admins creating the same address at once: the second hits the unique index.
      if ((error as { code?: string }).code === 'P2002')
        throw new UserError('يوجد حساب بهذا البريد الإلكتروني.');
      throw error;
    });
  try {
    await context.internalAdapter.linkAccount({
      userId: user.id,
      providerId: 'credential',
      accountId: user.id,
      password: hash,
    });
  } catch (error) {
    // better-auth writes the two rows separately: never leave an account without its password.
    await db.user.delete({ where: { id: user.id } });
    throw error;
  }
  return { id: user.id, email: input.email, role: input.role };
}
