import 'server-only';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client';
import { recordAudit, type Actor } from '../audit/log';
import { hasRole, mayEditArticle } from '../auth/permissions';
import type { NewsroomUser } from '../auth/session';
import { newsroomDb } from '../db/client';
import { cleanText } from '../text/clean';

type Tx = Prisma.TransactionClient;

/** Puts a draft in the review queue (again, if it was sent back), as part of its save. */
export async function submitForReview(tx: Tx, articleId: number, actor: Actor): Promise<void> {
  const request = { submittedAt: new Date(), submittedById: actor.id, submittedByName: actor.name };
  await tx.reviewRequest.upsert({
    where: { articleId },
    create: { articleId, ...request },
    update: request,
  });
}

/** Publishing a submission takes it out of the queue. */
export async function closeReview(tx: Tx, articleId: number): Promise<void> {
  await tx.reviewRequest.deleteMany({ where: { articleId } });
}

export type ReviewQueueItem = {
  articleId: number;
  title: string;
  submittedBy: string;
  submittedAt: string;
  comments: number;
};

export async function listReviewQueue(): Promise<ReviewQueueItem[]> {
  const rows = await newsroomDb.reviewRequest.findMany({
    orderBy: { submittedAt: 'asc' },
    take: 200,
    select: {
      articleId: true,
      submittedAt: true,
      submittedByName: true,
      article: { select: { title: true, _count: { select: { reviewNotes: true } } } },
    },
  });
  return rows.map((r) => ({
    articleId: r.articleId,
    title: r.article.title,
    submittedBy: r.submittedByName,
    submittedAt: r.submittedAt.toISOString(),
    comments: r.article._count.reviewNotes,
  }));
}

export type ReviewThread = {
  pending: { by: string; at: string } | null;
  comments: { id: number; by: string; at: string; text: string }[];
};

export async function getReviewThread(articleId: number): Promise<ReviewThread> {
  const [request, comments] = await Promise.all([
    newsroomDb.reviewRequest.findUnique({ where: { articleId } }),
    newsroomDb.reviewComment.findMany({
      where: { articleId },
      orderBy: { at: 'asc' },
      take: 200,
    }),
  ]);
  return {
    pending: request
      ? { by: request.submittedByName, at: request.submittedAt.toISOString() }
      : null,
    comments: comments.map((c) => ({
      id: c.id,
      by: c.actorName,
      at: c.at.toISOString(),
      text: c.text,
    })),
  };
}

export const reviewCommentSchema = z.object({
  articleId: z
    .string()
    .regex(/^\d{1,9}$/, 'مقال غير معروف.')
    .transform(Number),
  text: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(2, 'اكتبوا التعليق أولاً.')
        .max(2000, 'التعليق طويل جداً (2000 حرف على الأكثر).'),
    ),
  intent: z.enum(['comment', 'return'], { error: 'عملية غير معروفة.' }),
});

export type ReviewCommand = z.infer<typeof reviewCommentSchema>;

/**
 * A comment on a submission, by an editor or by the contributor who wrote it; «return» (editors
 * only) also takes it out of the queue and back to its writer. Both in one transaction with the
 * audit event.
 */
export async function commentOnReview(
  user: NewsroomUser,
  command: ReviewCommand,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const article = await newsroomDb.article.findUnique({
    where: { id: command.articleId },
    select: { title: true, status: true, publishedAt: true, createdById: true },
  });
  if (!article) return { ok: false, error: 'هذا المقال لم يعد موجوداً.' };
  if (!mayEditArticle(user, article))
    return { ok: false, error: 'لا يمكنكم التعليق على هذا المقال.' };
  if (command.intent === 'return' && !hasRole(user, 'editor'))
    return { ok: false, error: 'إعادة المقال إلى كاتبه للمحررين فقط.' };
  const actor = { id: user.id, name: user.name };
  const returned = await newsroomDb.$transaction(async (tx) => {
    await tx.reviewComment.create({
      data: {
        articleId: command.articleId,
        actorId: actor.id,
        actorName: actor.name,
        text: command.text,
      },
    });
    const closed =
      command.intent === 'return'
        ? (await tx.reviewRequest.deleteMany({ where: { articleId: command.articleId } })).count
        : 0;
    await recordAudit(tx, actor, closed ? 'returned' : 'review-comment', {
      articleId: command.articleId,
      summary: article.title,
    });
    return closed > 0;
  });
  if (command.intent === 'return' && !returned)
    return { ok: false, error: 'المقال ليس في قائمة المراجعة: حُفظ التعليق فقط.' };
  return { ok: true };
}
