/**
 * Character classes shared by slugs, display clean-up and search normalization.
 * Kept as RegExp sources so each caller builds the flags it needs.
 */

/** Tashkeel (U+064B–U+065F), superscript (dagger) alef U+0670, Quranic marks U+06D6–U+06ED. */
export const DIACRITICS = '\u064B-\u065F\u0670\u06D6-\u06ED';
export const TATWEEL = '\u0640';
/** Zero-width and bidi control characters that readers and editors paste without seeing them. */
export const INVISIBLE_CONTROLS = '\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C';

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic (٠–٩) and Persian (۰–۹) digits to 0–9. */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

const decorations = new RegExp(`[${DIACRITICS}${TATWEEL}${INVISIBLE_CONTROLS}]`, 'g');

/** NFKC, no diacritics, tatweel or invisible controls, Western digits. Letters are kept as written. */
export function stripDecorations(text: string): string {
  return toWesternDigits(text.normalize('NFKC').replace(decorations, ''));
}

const bidiOverrides = /[\u202A-\u202E\u2066-\u2069]/g;

/** Removes bidi embeddings, overrides and isolates, which would let a field reorder the page around it. */
export function stripBidiOverrides(text: string): string {
  return text.replace(bidiOverrides, '');
}
