import type { Metadata } from 'next';
import { env } from '../env';
import { SITE } from '../site';

/** Absolute URL on the public origin (SITE_URL), never derived from a request. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${env().SITE_URL}/`).toString();
}

export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: `${SITE.name}: ${SITE.tagline}`, template: `%s | ${SITE.name}` },
    description: SITE.description,
    applicationName: SITE.name,
  };
}

/** Cuts text at a word boundary so it fits in `max` characters, with an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.:;؛-]+$/u, '')}…`;
}

type PageMetadataInput = { title: string; description: string; path: string };

export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  return {
    title,
    description: truncateAtWord(description, 160),
    alternates: { canonical: path },
  };
}
