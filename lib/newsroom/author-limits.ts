/** The limits of an author's page, shared by the newsroom form (a client component) and its action. */
export const AUTHOR_LIMITS = { bio: { max: 600 } } as const;
