import type { FieldComparison } from '@/lib/newsroom/revisions';
import type { DiffPart } from '@/lib/revisions/diff';

const ADDED = 'bg-green-100 text-green-950 no-underline';
const REMOVED = 'bg-red-100 text-red-950 line-through';

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className={ADDED}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className={REMOVED}>
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** One save's changes, inline: removed words struck through in red, added ones in green. */
export function RevisionDiff({ changes }: { changes: FieldComparison[] }) {
  if (changes.length === 0) return <p>لم يغيّر هذا الحفظ شيئاً مما يُقارَن.</p>;
  return (
    <dl className="space-y-4">
      {changes.map((change) => (
        <div key={change.field} className="rounded bg-white p-3" data-field={change.field}>
          <dt className="mb-1 font-bold">{change.label}</dt>
          <dd className="whitespace-pre-line leading-loose">
            {change.kind === 'text' && <Parts parts={change.parts} />}
            {change.kind === 'value' && (
              <>
                <del className={REMOVED}>{change.before}</del> ←{' '}
                <ins className={ADDED}>{change.after}</ins>
              </>
            )}
            {change.kind === 'body' && (
              <ol className="space-y-2">
                {change.blocks.map((block, i) => (
                  <li key={i} data-change={block.kind}>
                    {block.kind === 'edited' ? (
                      <Parts parts={block.parts} />
                    ) : block.kind === 'added' ? (
                      <ins className={`block ${ADDED}`}>{block.text}</ins>
                    ) : block.kind === 'removed' ? (
                      <del className={`block ${REMOVED}`}>{block.text}</del>
                    ) : (
                      <span className="block text-muted">{block.text}</span>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
