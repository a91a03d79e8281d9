import type { ReactNode } from 'react';
import { AdminChrome } from '@/components/admin/AdminChrome';
import { requirePageUser } from '@/lib/auth/session';

export default async function PanelLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('contributor');
  return <AdminChrome user={user}>{children}</AdminChrome>;
}
