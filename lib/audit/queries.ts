import 'server-only';
import { newsroomDb } from '../db/client';

export type AuditRow = {
  id: number;
  at: string;
  actorName: string;
  action: string;
  articleId: number | null;
  summary: string;
};

export async function listAuditEvents(limit: number): Promise<AuditRow[]> {
  const rows = await newsroomDb.auditEvent.findMany({
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorName: r.actorName,
    action: r.action,
    articleId: r.articleId,
    summary: r.summary,
  }));
}
