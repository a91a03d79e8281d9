import type { Metadata } from 'next';
import { z } from 'zod';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { requirePageUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'حسابي' };

const notice = z.object({ changed: z.literal('1').optional().catch(undefined) });

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser('contributor');
  const { changed } = notice.parse(await searchParams);
  return (
    <div className="max-w-md">
      <h1 className="mb-2 text-2xl font-bold">حسابي</h1>
      <p className="mb-6">
        {user.name} · <bdi dir="ltr">{user.email}</bdi>
      </p>
      {changed && (
        <p role="status" className="mb-4 rounded bg-white p-4 font-bold">
          تغيّرت كلمة المرور، وخرجتم من الأجهزة الأخرى.
        </p>
      )}
      <h2 className="mb-2 text-xl font-bold">تغيير كلمة المرور</h2>
      <PasswordForm />
    </div>
  );
}
