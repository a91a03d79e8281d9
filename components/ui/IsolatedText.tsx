/**
 * Renders author text with Latin runs and numbers wrapped in <bdi>, so a Latin name or a number
 * next to Arabic punctuation keeps its own direction and never drags the punctuation across.
 * Everything stays a text node: React escapes it.
 */
const LATIN_OR_NUMBER_RUN =
  /([A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9'’\-.&+ ]*[A-Za-z\u00C0-\u024F0-9]|[A-Za-z\u00C0-\u024F]|[0-9]+(?:[.,:/\-][0-9]+)*)/g;

export function IsolatedText({ text }: { text: string }) {
  const parts = text.split(LATIN_OR_NUMBER_RUN);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, index) =>
        // split() with one capture group puts the captured runs at odd indexes.
        index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part,
      )}
    </>
  );
}
