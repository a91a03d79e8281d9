import type { Block } from '@/lib/articles/blocks';
import { IsolatedText } from '@/components/ui/IsolatedText';

export function ArticleBody({ blocks }: { blocks: Block[] }) {
  return (
    <div data-article-body className="mt-6 text-lg md:text-xl">
      {blocks.map((block, index) =>
        block.type === 'heading' ? (
          <h2 key={index} className="mt-8 mb-2 text-2xl font-bold">
            <IsolatedText text={block.text} />
          </h2>
        ) : (
          <p key={index} className="mb-5">
            <IsolatedText text={block.text} />
          </p>
        ),
      )}
    </div>
  );
}
