import 'server-only';
import { recordAudit, type Actor } from '../audit/log';
import { expireTags } from '../cache/expire';
import { tagsForAuthorChange } from '../publishing/change-tags';
import { newsroomDb } from '../db/client';
import { thumbnailUrl } from '../media/urls';
import { photoSelect, toPhotoView } from '../media/view';

export { AUTHOR_LIMITS } from './author-limits';

export type NewsroomAuthor = {
  id: number;
  slug: string;
  name: string;
  bio: string;
  articles: number;
  photo: { id: number; alt: string; caption: string; thumb: string } | null;
};

const authorSelect = {
  id: true,
  slug: true,
  name: true,
  bio: true,
  photo: { select: photoSelect },
  _count: { select: { articles: true } },
} as const;

type AuthorRow = {
  id: number;
  slug: string;
  name: string;
  bio: string;
  photo: Parameters<typeof toPhotoView>[0] | null;
  _count: { articles: number };
};

function toNewsroomAuthor(row: AuthorRow): NewsroomAuthor {
  const photo = row.photo ? toPhotoView(row.photo) : null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    bio: row.bio,
    articles: row._count.articles,
    photo: photo && {
      id: photo.id,
      alt: photo.alt,
      caption: photo.caption,
      thumb: thumbnailUrl(photo),
    },
  };
}

/** Every author, by name (a newsroom has dozens, not thousands). */
export async function listNewsroomAuthors(): Promise<NewsroomAuthor[]> {
  const rows = await newsroomDb.author.findMany({ orderBy: { name: 'asc' }, select: authorSelect });
  return rows.map(toNewsroomAuthor);
}

export async function getNewsroomAuthor(id: number): Promise<NewsroomAuthor | null> {
  const row = await newsroomDb.author.findUnique({ where: { id }, select: authorSelect });
  return row && toNewsroomAuthor(row);
}

export class AuthorWriteError extends Error {
  constructor(
    message: string,
    readonly field: 'photo' | 'bio' | 'form',
  ) {
    super(message);
  }
}

/**
 * An author's biography and portrait, with its audit event. A portrait is public at once (the
 * author page and every byline), so it needs its alt text now, not at a later publication.
 */
export async function saveAuthor(
  id: number,
  input: { bio: string; photoId: number | null },
  actor: Actor,
): Promise<{ id: number; slug: string }> {
  const saved = await newsroomDb.$transaction(async (tx) => {
    if (input.photoId !== null) {
      const photo = await tx.photo.findUnique({
        where: { id: input.photoId },
        select: { alt: true },
      });
      if (!photo) throw new AuthorWriteError('هذه الصورة لم تعد في المكتبة.', 'photo');
      if (photo.alt.trim() === '')
        throw new AuthorWriteError(
          'الصورة بلا نص بديل: أضيفوه في مكتبة الصور قبل استعمالها.',
          'photo',
        );
    }
    const author = await tx.author.update({
      where: { id },
      data: { bio: input.bio, photoId: input.photoId },
      select: { id: true, slug: true, name: true },
    });
    await recordAudit(tx, actor, 'author-edited', { summary: author.name.slice(0, 200) });
    return { id: author.id, slug: author.slug };
  });
  await expireAuthors([saved]);
  return saved;
}

async function expireAuthors(authors: { id: number; slug: string }[]): Promise<void> {
  await expireTags(tagsForAuthorChange(authors));
}
