import localFont from 'next/font/local';

// Noto Naskh Arabic from @fontsource, subset by scripts/build/fonts.ts (run before every build).
// Each family declares the unicode-range it covers: Arabic text uses the first, Latin names, digits
// and «» the second, and a browser fetches a file only when the page has characters in its range.
// The unicode-range values are literals because next/font reads these options at build time;
// scripts/build/fonts/subsets.test.ts checks that they match scripts/build/fonts/subsets.ts.
export const naskhArabic = localFont({
  src: [
    { path: './fonts/naskh-arabic-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/naskh-arabic-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-naskh-arabic',
  display: 'swap',
  fallback: [],
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+060C, U+061B, U+061F, U+0621-063A, U+0640-0655, U+0660-066D, U+0670-0671, U+067E, U+0686, U+06A4, U+06A8, U+06AF, U+200C-200F, U+FD3E-FD3F',
    },
  ],
});

export const naskhLatin = localFont({
  src: [
    { path: './fonts/naskh-latin-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/naskh-latin-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-naskh-latin',
  display: 'swap',
  fallback: [],
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0020-007E, U+00A0, U+00A9, U+00AB, U+00B7, U+00BB, U+2013-2014, U+2018-201E, U+2022, U+2026',
    },
  ],
});
