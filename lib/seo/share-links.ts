export type ShareTarget = { network: string; label: string; href: string };

/**
 * Plain share URLs: they work without JavaScript and load nothing from the networks. They carry the
 * article's short address (/news/<id>, which redirects to the canonical URL): an Arabic slug costs
 * six bytes a letter percent-encoded, twice over in a share link, on every page view. The networks
 * read the headline and image from the page itself.
 */
export function shareTargets(shortUrl: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(shortUrl);
  return [
    { network: 'whatsapp', label: 'واتساب', href: `https://wa.me/?text=${u}` },
    {
      network: 'facebook',
      label: 'فيسبوك',
      href: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
    },
    { network: 'x', label: 'إكس', href: `https://x.com/intent/post?url=${u}` },
    { network: 'telegram', label: 'تيليغرام', href: `https://t.me/share/url?url=${u}` },
    {
      network: 'email',
      label: 'البريد الإلكتروني',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${u}`,
    },
  ];
}
