import type { Metadata } from 'next';
import { UserForm } from '@/components/admin/UserForm';
import { DateTime } from '@/components/ui/DateTime';
import { listNewsroomUsers } from '@/lib/auth/user-queries';
import { requirePageUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'الحسابات' };

export default async function UsersPage() {
  await requirePageUser('admin');
  const users = await listNewsroomUsers();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">حسابات غرفة الأخبار</h1>
      <table className="mb-8 w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              الاسم
            </th>
            <th scope="col" className="p-2 text-start">
              البريد
            </th>
            <th scope="col" className="p-2 text-start">
              الدور
            </th>
            <th scope="col" className="p-2 text-start">
              أُنشئ
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-line">
              <td className="p-2">{u.name}</td>
              <td className="p-2" dir="ltr">
                {u.email}
              </td>
              <td className="p-2">{u.role === 'admin' ? 'مدير' : 'محرر'}</td>
              <td className="p-2">
                <DateTime value={u.createdAt} dateOnly />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="mb-2 text-xl font-bold">حساب جديد</h2>
      <UserForm />
    </>
  );
}
