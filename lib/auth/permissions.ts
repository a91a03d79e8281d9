// No server import here: the newsroom's client components read the roles too.
export const ROLES = ['admin', 'editor', 'contributor'] as const;
export type Role = (typeof ROLES)[number];

/** Each role can do what the one below it can, and more. */
const RANK: Record<Role, number> = { contributor: 0, editor: 1, admin: 2 };

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'مدير',
  editor: 'محرر',
  contributor: 'مساهم',
};

export function hasRole(user: { role: Role }, least: Role): boolean {
  return RANK[user.role] >= RANK[least];
}

/** Publishing, unpublishing, scheduling, corrections and reviewing are editors' work. */
export function mayPublish(user: { role: Role }): boolean {
  return hasRole(user, 'editor');
}

/**
 * A contributor may change only an article they created and that was never published (a draft,
 * submitted for review or sent back); editors and admins may change any.
 */
export function mayEditArticle(
  user: { id: string; role: Role },
  article: { createdById: string | null; status: string; publishedAt: Date | null },
): boolean {
  if (hasRole(user, 'editor')) return true;
  return (
    article.createdById === user.id && article.status === 'draft' && article.publishedAt === null
  );
}
