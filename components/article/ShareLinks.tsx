import { shareTargets } from '@/lib/seo/share-links';
import { CopyLinkButton } from './CopyLinkButton';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="mt-8">
      <h2 id="share-heading" className="mb-2 text-base font-bold">
        شارك المقال
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.network}>
            <a
              href={target.href}
              target={target.network === 'email' ? undefined : '_blank'}
              rel="noopener noreferrer"
              data-network={target.network}
              className="inline-block rounded border border-line px-3 py-1.5 text-sm hover:border-brand hover:text-brand"
            >
              {target.label}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
