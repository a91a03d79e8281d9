import type { Metadata } from 'next';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { resetLinkAccount } from '@/lib/auth/user-queries';
import { SITE } from '@/lib/site';

export const metadata: Metadata = { title: 'كلمة مرور جديدة' };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const account = await resetLinkAccount(token);
  return (
    <main id="main-content" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-3xl font-bold text-brand">{SITE.name}</p>
      <h1 className="mt-2 mb-6 text-xl font-bold">كلمة مرور جديدة</h1>
      {account ? (
        <>
          <p className="mb-4">
            للحساب <bdi dir="ltr">{account.email}</bdi>
          </p>
          <PasswordForm resetToken={token} />
        </>
      ) : (
        <p role="alert" className="font-bold text-brand-dark">
          الرابط غير صالح: استُعمل من قبل أو انتهت مدته. اطلبوا رابطاً جديداً من المدير.
        </p>
      )}
    </main>
  );
}
