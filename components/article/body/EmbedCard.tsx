import type { EmbedBlock } from '@/lib/articles/blocks';
import { embedAspect, embedLabel } from '@/lib/articles/embeds';
import { embedFramePath } from '@/lib/routes';
import { IsolatedText } from '@/components/ui/IsolatedText';

/**
 * A post of another platform as a link card: readable and clickable without JavaScript, and
 * nothing is loaded from the provider. public/enhance/embed.js shows the button, which puts the
 * player (a page of ours framing only that provider) in place of the card when pressed.
 */
export function EmbedCard({ block }: { block: EmbedBlock }) {
  const { name, noun } = embedLabel(block.provider);
  return (
    <figure
      data-embed={block.provider}
      className="my-6 rounded border border-line bg-wash p-4 text-base"
    >
      <figcaption className="text-sm text-muted">
        {noun} على {name}
      </figcaption>
      {block.title && (
        <p className="mt-1 font-bold">
          <IsolatedText text={block.title} />
        </p>
      )}
      <a
        href={block.url}
        rel="noopener"
        dir="ltr"
        className="mt-1 block break-all text-start text-sm text-brand underline"
      >
        {block.url}
      </a>
      <button
        type="button"
        hidden
        data-enhance="embed"
        data-frame={embedFramePath(block.provider, block.id)}
        data-aspect={embedAspect(block.provider).toFixed(4)}
        className="mt-3 rounded bg-brand px-4 py-2 text-sm font-bold text-white"
      >
        عرض {noun} هنا (يُحمَّل من {name})
      </button>
    </figure>
  );
}
