import { stripBidiOverrides } from '../arabic/characters';

/**
 * Characters no stored text may hold: C0 controls other than tab and line ends, DEL, C1 controls,
 * the noncharacters U+FFFE and U+FFFF, and halves of a surrogate pair without the other half. XML
 * 1.0 refuses most of them outright, so one of them in a title made every feed that lists it
 * unparseable; the rest are invisible and never typed on purpose.
 */
const FORBIDDEN_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

const forbiddenAll = new RegExp(FORBIDDEN_SOURCE, 'g');
const forbiddenOne = new RegExp(FORBIDDEN_SOURCE);

/** True when the text holds a character `cleanText` would remove (documents refuse such a line). */
export function hasForbiddenCharacters(text: string): boolean {
  return forbiddenOne.test(text);
}

/**
 * The one cleaning every stored text field goes through (editor, import, seed; the feeds apply it
 * again to rows stored before it existed): forbidden characters and bidi overrides removed.
 */
export function cleanText(text: string): string {
  return stripBidiOverrides(text.replace(forbiddenAll, ''));
}
