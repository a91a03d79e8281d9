import Link from 'next/link';
import { ACCOUNT_PATH, REVIEW_QUEUE_PATH, USERS_PATH } from '@/lib/routes';
import type { Role } from '@/lib/auth/auth';
import type { ReactNode } from 'react';
import { signOutAction, signOutEverywhereAction } from './session-actions';
import type { NewsroomUser } from '@/lib/auth/session';
import { SITE } from '@/lib/site';
import { hasRole, ROLE_NAMES } from '@/lib/auth/permissions';

const links: { href: string; label: string; least: Role }[] = [
  { href: '/admin', label: 'المقالات', least: 'contributor' },
  { href: '/admin/articles/new', label: 'مقال جديد', least: 'contributor' },
  { href: REVIEW_QUEUE_PATH, label: 'المراجعة', least: 'editor' },
  { href: '/admin/import', label: 'استيراد', least: 'editor' },
  { href: '/admin/photos', label: 'الصور', least: 'contributor' },
  { href: '/admin/authors', label: 'الكتّاب', least: 'editor' },
  { href: '/admin/audit', label: 'سجل العمليات', least: 'editor' },
  { href: USERS_PATH, label: 'الحسابات', least: 'admin' },
  { href: ACCOUNT_PATH, label: 'حسابي', least: 'contributor' },
];

export function AdminChrome({ user, children }: { user: NewsroomUser; children: ReactNode }) {
  return (
    <>
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <p className="text-xl font-bold">
            {SITE.name} <span className="text-sm font-normal text-white/80">غرفة الأخبار</span>
          </p>
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span>
              {user.name} ({ROLE_NAMES[user.role]})
            </span>
            <form action={signOutAction}>
              <button
                type="submit"
                className="rounded border border-white/40 px-2 py-1 hover:bg-white/10"
              >
                خروج
              </button>
            </form>
            <form action={signOutEverywhereAction}>
              <button
                type="submit"
                className="rounded border border-white/40 px-2 py-1 hover:bg-white/10"
              >
                خروج من كل الأجهزة
              </button>
            </form>
          </div>
        </div>
        <nav aria-label="غرفة الأخبار" className="mx-auto max-w-6xl overflow-x-auto px-2">
          <ul className="flex gap-1 whitespace-nowrap">
            {links
              .filter((link) => hasRole(user, link.least))
              .map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="block px-3 py-2 hover:bg-brand">
                    {link.label}
                  </Link>
                </li>
              ))}
            <li>
              <Link href="/" className="block px-3 py-2 hover:bg-brand">
                الموقع
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none"
      >
        {children}
      </main>
    </>
  );
}
