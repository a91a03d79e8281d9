import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import path from 'node:path';
import { xmlEscape } from '../seo/xml';
import { layoutHeadline, type Measure } from './layout';
import { SHARE_IMAGE_VARIANTS, type ShareImageVariant } from './variants';

/**
 * Share images rendered from SVG by resvg with a TrueType Noto Naskh Arabic (from
 * @expo-google-fonts/noto-naskh-arabic, which ships whole TTF files with Arabic and Latin), not by
 * Satori/next/og, which misplaces Arabic marks and breaks right-to-left lines.
 */
const FONT_DIR = path.join(
  process.cwd(),
  'node_modules',
  '@expo-google-fonts',
  'noto-naskh-arabic',
);
const FONT_FAMILY = 'Noto Naskh Arabic';
const renderOptions: ResvgRenderOptions = {
  font: {
    fontFiles: [
      path.join(FONT_DIR, '700Bold', 'NotoNaskhArabic_700Bold.ttf'),
      path.join(FONT_DIR, '400Regular', 'NotoNaskhArabic_400Regular.ttf'),
    ],
    loadSystemFonts: false,
    defaultFontFamily: FONT_FAMILY,
  },
};

const COLORS = {
  brand: '#a3151b',
  ink: '#161616',
  muted: '#4a4a4a',
  line: '#e4e4e4',
  paper: '#ffffff',
};

export type ShareImageContent = {
  headline: string;
  kicker: string;
  siteName: string;
  footnote: string;
};

const MARGIN = 64;

/** Right-to-left embedding: resvg lays a <text> out as a left-to-right paragraph otherwise. */
const rtl = (text: string) => `\u202B${xmlEscape(text)}\u202C`;

function textElement(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: 400 | 700,
  fill: string,
  anchor: 'start' | 'end' = 'end',
): string {
  // resvg anchors visually: `end` puts the right edge of the line at x.
  return `<text x="${x}" y="${y}" text-anchor="${anchor}" font-family="${FONT_FAMILY}" font-weight="${weight}" font-size="${size}" fill="${fill}">${rtl(text)}</text>`;
}

const measureWidth =
  (weight: 400 | 700): Measure =>
  (text, fontSize) => {
    const probe = new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${fontSize * 3}">${textElement(text, 0, fontSize * 2, fontSize, weight, '#000', 'start')}</svg>`,
      renderOptions,
    );
    return probe.getBBox()?.width ?? 0;
  };

const measureBold = measureWidth(700);

export function shareImageSvg(content: ShareImageContent, variant: ShareImageVariant): string {
  const { width, height, maxLines, fontSizes } = SHARE_IMAGE_VARIANTS[variant];
  const right = width - MARGIN;
  const headline = layoutHeadline(content.headline, measureBold, {
    maxWidth: width - 2 * MARGIN,
    maxLines,
    fontSizes,
  });
  const lineHeight = Math.round(headline.fontSize * 1.55);

  const kickerSize = 30;
  const kickerWidth = Math.ceil(measureBold(content.kicker, kickerSize)) + 40;
  const kickerTop = 72;

  const footerY = height - 64;
  const ruleY = footerY - 62;
  const blockTop = kickerTop + 56 + 40;
  const blockHeight = headline.lines.length * lineHeight;
  const firstBaseline =
    blockTop + Math.max(0, (ruleY - 40 - blockTop - blockHeight) / 2) + headline.fontSize;

  const parts = [
    `<rect width="${width}" height="${height}" fill="${COLORS.paper}"/>`,
    `<rect width="${width}" height="14" fill="${COLORS.brand}"/>`,
    `<rect x="${right - kickerWidth}" y="${kickerTop}" width="${kickerWidth}" height="56" rx="6" fill="${COLORS.brand}"/>`,
    textElement(content.kicker, right - 20, kickerTop + 40, kickerSize, 700, COLORS.paper),
    ...headline.lines.map((line, i) =>
      textElement(
        line,
        right,
        Math.round(firstBaseline + i * lineHeight),
        headline.fontSize,
        700,
        COLORS.ink,
      ),
    ),
    `<rect x="${MARGIN}" y="${ruleY}" width="${width - 2 * MARGIN}" height="3" fill="${COLORS.line}"/>`,
    textElement(content.siteName, right, footerY, 48, 700, COLORS.brand),
    textElement(content.footnote, MARGIN, footerY - 4, 28, 400, COLORS.muted, 'start'),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}

export function renderShareImage(content: ShareImageContent, variant: ShareImageVariant): Buffer {
  return rasterizeShareImage(content, variant).asPng();
}

/** The rendered image before PNG encoding: width, height and RGBA pixels (for tests). */
export function rasterizeShareImage(content: ShareImageContent, variant: ShareImageVariant) {
  return new Resvg(shareImageSvg(content, variant), renderOptions).render();
}

/** A square brand mark: the site name in white on the brand colour (logo, icons). */
export function renderBrandMark(text: string, size: number): Buffer {
  const fontSize = Math.round(size * 0.62);
  const textWidth = measureBold(text, fontSize);
  const scale = Math.min(1, (size * 0.84) / Math.max(1, textWidth));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" rx="${Math.round(size * 0.16)}" fill="${COLORS.brand}"/>${textElement(text, size / 2 + (textWidth * scale) / 2, Math.round(size * 0.64), Math.round(fontSize * scale), 700, COLORS.paper)}</svg>`;
  return new Resvg(svg, renderOptions).render().asPng();
}
