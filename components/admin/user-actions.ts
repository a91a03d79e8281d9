'use server';

import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/log';
import { createNewsroomUser, newUserSchema, UserError } from '@/lib/auth/users';
import { authorize } from '@/lib/auth/session';
import { newsroomDb } from '@/lib/db/client';

export type UserFormState = { error?: string; created?: string };

/** Admins only: creates an editor or admin account. */
export async function createUserAction(
  _previous: UserFormState,
  formData: FormData,
): Promise<UserFormState> {
  const authorized = await authorize('admin');
  if (!authorized.ok) return { error: authorized.error };
  const admin = authorized.user;
  const input = newUserSchema.safeParse({
    email: formData.get('email'),
    name: formData.get('name'),
    password: formData.get('password'),
    role: formData.get('role'),
  });
  if (!input.success) return { error: input.error.issues.map((i) => i.message).join(' ') };
  try {
    const user = await createNewsroomUser(newsroomDb, input.data);
    await recordAudit(newsroomDb, { id: admin.id, name: admin.name }, 'user-created', {
      summary: `${user.email} (${user.role})`,
    });
    revalidatePath('/admin/users');
    return { created: user.email };
  } catch (error) {
    if (error instanceof UserError) return { error: error.message };
    throw error;
  }
}
