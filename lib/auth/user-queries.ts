import 'server-only';
import { newsroomDb } from '../db/client';

export async function listNewsroomUsers() {
  const rows = await newsroomDb.user.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
