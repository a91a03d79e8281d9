import type { Metadata } from 'next';
import { AccountControls } from '@/components/admin/AccountControls';
import { UserForm } from '@/components/admin/UserForm';
import { DateTime } from '@/components/ui/DateTime';
import { listNewsroomUsers } from '@/lib/auth/user-queries';
import { ROLE_NAMES } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'الحسابات' };

export default async function UsersPage() {
  const admin = await requirePageUser('admin');
  const users = await listNewsroomUsers();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">حسابات غرفة الأخبار</h1>
      <ul className="mb-8 grid gap-3">
        {users.map((u) => (
          <li key={u.id} className="rounded bg-white p-3 text-sm" data-account={u.email}>
            <p className="mb-2 flex flex-wrap gap-x-4 gap-y-1">
              <strong>{u.name}</strong>
              <bdi dir="ltr">{u.email}</bdi>
              <span>{ROLE_NAMES[u.role]}</span>
              <span>
                {u.disabledAt ? (
                  <>
                    معطَّل منذ <DateTime value={u.disabledAt} />
                  </>
                ) : (
                  'مفعَّل'
                )}
              </span>
              <span>الجلسات المفتوحة: {u.activeSessions}</span>
              <span>
                أُنشئ <DateTime value={u.createdAt} dateOnly />
              </span>
            </p>
            <AccountControls
              userId={u.id}
              email={u.email}
              role={u.role}
              disabled={u.disabledAt !== null}
              self={u.id === admin.id}
            />
          </li>
        ))}
      </ul>
      <h2 className="mb-2 text-xl font-bold">حساب جديد</h2>
      <UserForm />
    </>
  );
}
