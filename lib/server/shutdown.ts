/** Longest a worker takes, after it stops accepting, to finish the requests it holds. */
export const SHUTDOWN_GRACE_MS = 15_000;
