'use client';

import { useEffect, useState } from 'react';

/** Shown only once JavaScript runs: without it, the plain share links above are enough. */
export function CopyLinkButton({ url }: { url: string }) {
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);

  // navigator.clipboard exists only in the browser, so the button appears after hydration.
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setReady(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), []);

  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(url);
        setCopied(true);
      }}
      className="inline-block rounded border border-line px-3 py-1.5 text-sm hover:border-brand hover:text-brand"
    >
      <span aria-live="polite">{copied ? 'تم نسخ الرابط' : 'نسخ الرابط'}</span>
    </button>
  );
}
