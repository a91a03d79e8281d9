export type ShareTarget = { network: string; label: string; href: string };

/** Plain share URLs: they work without JavaScript and load nothing from the networks. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { network: 'whatsapp', label: 'واتساب', href: `https://wa.me/?text=${t}%20${u}` },
    { network: 'facebook', label: 'فيسبوك', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'x', label: 'إكس', href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'telegram', label: 'تيليغرام', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', label: 'البريد الإلكتروني', href: `mailto:?subject=${t}&body=${t}%0A${u}` },
  ];
}
