import type { Metadata } from 'next';
import Link from 'next/link';
import { DateTime } from '@/components/ui/DateTime';
import { AUDIT_ACTIONS, type AuditAction } from '@/lib/audit/log';
import { listAuditEvents } from '@/lib/audit/queries';
import { requirePageUser } from '@/lib/auth/session';
import { articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'سجل العمليات' };

export default async function AuditPage() {
  await requirePageUser();
  const events = await listAuditEvents(200);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">سجل العمليات</h1>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              الوقت
            </th>
            <th scope="col" className="p-2 text-start">
              من
            </th>
            <th scope="col" className="p-2 text-start">
              العملية
            </th>
            <th scope="col" className="p-2 text-start">
              التفاصيل
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-line" data-action={event.action}>
              <td className="p-2">
                <DateTime value={event.at} />
              </td>
              <td className="p-2">
                <bdi>{event.actorName}</bdi>
              </td>
              <td className="p-2">{AUDIT_ACTIONS[event.action as AuditAction] ?? event.action}</td>
              <td className="p-2">
                {event.articleId ? (
                  <Link href={articleAdminPath(event.articleId)} className="underline">
                    <bdi>{event.summary || `مقال ${event.articleId}`}</bdi>
                  </Link>
                ) : (
                  <bdi>{event.summary}</bdi>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
