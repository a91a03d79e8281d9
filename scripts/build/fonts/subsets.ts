/**
 * The glyph sets we ship. Fontsource's Arabic subset covers every Arabic-script language; news in
 * Arabic needs far less. Shaping forms reached through the font's GSUB tables are kept by the
 * subsetter, so joining and ligatures still work.
 */
export const ARABIC_RANGES: readonly [number, number][] = [
  [0x060c, 0x060c], // ، comma
  [0x061b, 0x061b], // ؛ semicolon
  [0x061f, 0x061f], // ؟ question mark
  [0x0621, 0x063a], // hamza … ghain
  [0x0640, 0x0655], // tatweel, fa … ya, tashkeel, maddah and hamza marks
  [0x0660, 0x066d], // Arabic-Indic digits and number signs
  [0x0670, 0x0671], // dagger alef, alef wasla
  [0x067e, 0x067e], // peh (foreign names)
  [0x0686, 0x0686], // tcheh
  [0x06a4, 0x06a4], // veh, used in the Maghreb
  [0x06a8, 0x06a8], // Maghrebi qaf
  [0x06af, 0x06af], // gaf, used in Moroccan names
  [0x200c, 0x200f], // ZWNJ, ZWJ, LRM, RLM
  [0xfd3e, 0xfd3f], // ornate parentheses
];

export const LATIN_RANGES: readonly [number, number][] = [
  [0x0020, 0x007e], // Basic Latin: digits, punctuation, names
  [0x00a0, 0x00a0],
  [0x00a9, 0x00a9], // ©
  [0x00ab, 0x00ab], // «
  [0x00b7, 0x00b7],
  [0x00bb, 0x00bb], // »
  [0x2013, 0x2014], // – —
  [0x2018, 0x201e], // quotes
  [0x2022, 0x2022],
  [0x2026, 0x2026], // …
];

export function rangesToText(ranges: readonly [number, number][]): string {
  let text = '';
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
  return text;
}

/** CSS unicode-range value, so a browser downloads a face only for text that needs it. */
export function rangesToCss(ranges: readonly [number, number][]): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  return ranges
    .map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`))
    .join(', ');
}
