import 'server-only';
import { z } from 'zod';
import { recordAudit } from '../audit/log';
import type { NewsroomUser } from '../auth/session';
import { expireTags } from '../cache/expire';
import { TAGS } from '../cache/tags';
import { newsroomDb } from '../db/client';
import { expireArticleChange } from '../publishing/expire-change';
import { storedCacheKeys } from '../publishing/write';
import { cleanText } from '../text/clean';

export const correctionSchema = z.object({
  articleId: z
    .string()
    .regex(/^\d{1,9}$/, 'مقال غير معروف.')
    .transform(Number),
  kind: z.enum(['correction', 'clarification'], { error: 'اختاروا: تصحيح أو توضيح.' }),
  text: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(10, 'نص التصحيح قصير جداً (10 أحرف على الأقل).')
        .max(1000, 'نص التصحيح طويل جداً (1000 حرف على الأكثر).'),
    ),
});

export type CorrectionInput = z.infer<typeof correctionSchema>;

/**
 * Adds a dated correction or clarification to a published story: readers see it under the body,
 * «آخر تحديث» and dateModified move to now, the news sitemap announces the story again and the
 * corrections page lists it. One transaction with its audit event; editors only (the action checks).
 */
export async function addCorrection(
  user: NewsroomUser,
  input: CorrectionInput,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; error: string }> {
  const actor = { id: user.id, name: user.name };
  const keys = await newsroomDb.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: input.articleId },
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        categoryId: true,
        authorId: true,
        tags: { select: { tagId: true } },
      },
    });
    if (
      !article ||
      article.status !== 'published' ||
      !article.publishedAt ||
      article.publishedAt > now
    )
      return null;
    await tx.articleCorrection.create({
      data: {
        articleId: article.id,
        kind: input.kind,
        text: input.text,
        at: now,
        ...byActor(actor),
      },
    });
    await tx.article.update({ where: { id: article.id }, data: { revisedAt: now } });
    await recordAudit(tx, actor, input.kind === 'correction' ? 'corrected' : 'clarified', {
      articleId: article.id,
      summary: `${article.title}: ${input.text.slice(0, 120)}`,
    });
    return storedCacheKeys(tx, article);
  });
  if (!keys) return { ok: false, error: 'التصحيح يُضاف إلى مقال منشور فقط.' };
  await expireArticleChange(keys, keys);
  await expireTags([TAGS.corrections]);
  return { ok: true };
}

const byActor = (actor: { id: string; name: string }) => ({
  actorId: actor.id,
  actorName: actor.name,
});

export type NewsroomCorrection = { id: number; kind: string; text: string; at: string; by: string };

export async function listArticleCorrections(articleId: number): Promise<NewsroomCorrection[]> {
  const rows = await newsroomDb.articleCorrection.findMany({
    where: { articleId },
    orderBy: { at: 'desc' },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    at: r.at.toISOString(),
    by: r.actorName,
  }));
}
