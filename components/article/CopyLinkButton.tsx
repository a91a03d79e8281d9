/**
 * In the HTML but hidden: public/enhance/copy-link.js (loaded by our server because of
 * `data-enhance`) shows it where the clipboard can be written. Without JavaScript the plain share
 * links beside it are enough.
 */
export function CopyLinkButton({ url }: { url: string }) {
  return (
    <button
      type="button"
      hidden
      data-enhance="copy-link"
      data-url={url}
      className="inline-block rounded border border-line px-3 py-1.5 text-sm hover:border-brand hover:text-brand"
    >
      <span aria-live="polite">نسخ الرابط</span>
    </button>
  );
}
