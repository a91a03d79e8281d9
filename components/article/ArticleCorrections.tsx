import type { CorrectionKind, CorrectionView } from '@/lib/articles/types';
import { DateTime } from '@/components/ui/DateTime';
import { IsolatedText } from '@/components/ui/IsolatedText';
import { correctionsPath } from '@/lib/routes';

export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  correction: 'تصحيح',
  clarification: 'توضيح',
};

/** The story's corrections and clarifications, dated, after its body (as BBC and Newspack show them). */
export function ArticleCorrections({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <section
      id="corrections"
      aria-labelledby="corrections-title"
      className="mt-8 rounded border-s-4 border-brand bg-wash p-4"
    >
      <h2 id="corrections-title" className="text-lg font-bold">
        تصحيحات وتوضيحات
      </h2>
      <ul className="mt-2 space-y-3">
        {corrections.map((c) => (
          <li key={c.id} data-kind={c.kind}>
            <p className="text-sm text-muted">
              <strong className="text-ink">{CORRECTION_LABELS[c.kind]}</strong>{' '}
              <DateTime value={c.at} />
            </p>
            <p>
              <IsolatedText text={c.text} />
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm">
        <a href={correctionsPath()} className="text-brand underline">
          كل التصحيحات
        </a>
      </p>
    </section>
  );
}
