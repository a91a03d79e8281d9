import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/SignInForm';
import { getCurrentUser } from '@/lib/auth/session';
import { SITE } from '@/lib/site';

export const metadata: Metadata = { title: 'تسجيل الدخول' };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect('/admin');
  return (
    <main id="main-content" className="mx-auto w-full max-w-sm flex-1 px-4 py-16">
      <p className="text-3xl font-bold text-brand">{SITE.name}</p>
      <h1 className="mt-2 mb-6 text-xl font-bold">الدخول إلى غرفة الأخبار</h1>
      <SignInForm />
    </main>
  );
}
