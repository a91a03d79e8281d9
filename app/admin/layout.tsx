import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NOINDEX_NOFOLLOW } from '@/lib/seo/metadata';

export const metadata: Metadata = {
  title: { default: 'غرفة الأخبار', template: '%s | غرفة الأخبار' },
  robots: NOINDEX_NOFOLLOW,
};

// Newsroom pages depend on the session: rendered per request, never cached.
export const dynamic = 'force-dynamic';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="flex min-h-dvh flex-col bg-wash">{children}</div>;
}
