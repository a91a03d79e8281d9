/**
 * Posts and videos of other platforms in a body: stored as provider + id + the URL as written,
 * drawn as a link card, and turned into the provider's player only when a reader asks
 * (docs/decisions/0013-rich-body-and-embeds.md). Each provider is recognized from the URLs its
 * share buttons give, and its player is an address built from the id alone, so nothing a writer
 * types reaches the player's URL but a checked id.
 */
export const EMBED_PROVIDERS = [
  'youtube',
  'x',
  'instagram',
  'tiktok',
  'facebook',
  'telegram',
] as const;

export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

type Provider = {
  /** How readers know it, in Arabic. */
  name: string;
  /** What a post of it is called: «فيديو», «تغريدة»… */
  noun: string;
  id: RegExp;
  /** id from a URL already parsed, null when the URL is not a post of this provider. */
  match: (url: URL) => string | null;
  /** The player's address, from a checked id. */
  player: (id: string) => string;
  /** Width / height of the player frame. */
  aspect: number;
};

const host = (url: URL) => url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
const parts = (url: URL) => url.pathname.split('/').filter(Boolean);

const PROVIDERS: Record<EmbedProvider, Provider> = {
  youtube: {
    name: 'يوتيوب',
    noun: 'فيديو',
    id: /^[A-Za-z0-9_-]{11}$/,
    match(url) {
      const [first, second] = parts(url);
      if (host(url) === 'youtu.be') return first ?? null;
      if (host(url) !== 'youtube.com') return null;
      if (first === 'watch') return url.searchParams.get('v');
      return first === 'shorts' || first === 'embed' || first === 'live' ? (second ?? null) : null;
    },
    player: (id) => `https://www.youtube-nocookie.com/embed/${id}`,
    aspect: 16 / 9,
  },
  x: {
    name: 'إكس (تويتر)',
    noun: 'تغريدة',
    id: /^[0-9]{1,25}$/,
    match(url) {
      if (host(url) !== 'x.com' && host(url) !== 'twitter.com') return null;
      const [, status, id] = parts(url);
      return status === 'status' ? (id ?? null) : null;
    },
    player: (id) => `https://platform.twitter.com/embed/Tweet.html?id=${id}&lang=ar`,
    aspect: 4 / 5,
  },
  instagram: {
    name: 'إنستغرام',
    noun: 'منشور',
    id: /^[A-Za-z0-9_-]{5,40}$/,
    match(url) {
      if (host(url) !== 'instagram.com') return null;
      const [kind, code] = parts(url);
      return kind === 'p' || kind === 'reel' || kind === 'tv' ? (code ?? null) : null;
    },
    player: (id) => `https://www.instagram.com/p/${id}/embed/`,
    aspect: 4 / 5,
  },
  tiktok: {
    name: 'تيك توك',
    noun: 'فيديو',
    id: /^[0-9]{5,25}$/,
    match(url) {
      if (host(url) !== 'tiktok.com') return null;
      const [user, video, id] = parts(url);
      return user?.startsWith('@') && video === 'video' ? (id ?? null) : null;
    },
    player: (id) => `https://www.tiktok.com/embed/v2/${id}`,
    aspect: 9 / 16,
  },
  facebook: {
    name: 'فيسبوك',
    noun: 'منشور',
    // «page/posts/id» or «page/videos/id»: the plugin takes the post's whole address.
    id: /^[A-Za-z0-9.]{1,80}\/(?:posts|videos)\/[A-Za-z0-9]{1,40}$/,
    match(url) {
      if (host(url) !== 'facebook.com') return null;
      const [page, kind, id] = parts(url);
      return page && (kind === 'posts' || kind === 'videos') && id ? `${page}/${kind}/${id}` : null;
    },
    player: (id) =>
      `https://www.facebook.com/plugins/${id.includes('/videos/') ? 'video' : 'post'}.php?href=${encodeURIComponent(`https://www.facebook.com/${id}`)}`,
    aspect: 4 / 5,
  },
  telegram: {
    name: 'تيليغرام',
    noun: 'منشور',
    id: /^[A-Za-z][A-Za-z0-9_]{3,31}\/[0-9]{1,10}$/,
    match(url) {
      if (host(url) !== 't.me') return null;
      const [channel, post] = parts(url);
      return channel && post ? `${channel}/${post}` : null;
    },
    player: (id) => `https://t.me/${id}?embed=1`,
    aspect: 4 / 5,
  },
};

export const isEmbedProvider = (value: string): value is EmbedProvider =>
  (EMBED_PROVIDERS as readonly string[]).includes(value);

export function embedIdIsValid(provider: EmbedProvider, id: string): boolean {
  return PROVIDERS[provider].id.test(id);
}

/** The post a URL points to, or null for an address of no provider we know (a plain link then). */
export function recognizeEmbed(written: string): { provider: EmbedProvider; id: string } | null {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  for (const provider of EMBED_PROVIDERS) {
    const id = PROVIDERS[provider].match(url);
    if (id && embedIdIsValid(provider, id)) return { provider, id };
  }
  return null;
}

export function embedPlayerUrl(provider: EmbedProvider, id: string): string {
  return PROVIDERS[provider].player(id);
}

/** The one origin the player frame of this provider may load (its own CSP's frame-src). */
export function embedPlayerOrigin(provider: EmbedProvider): string {
  return new URL(PROVIDERS[provider].player('x')).origin;
}

export function embedLabel(provider: EmbedProvider): { name: string; noun: string } {
  const { name, noun } = PROVIDERS[provider];
  return { name, noun };
}

export function embedAspect(provider: EmbedProvider): number {
  return PROVIDERS[provider].aspect;
}
