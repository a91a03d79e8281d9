/** Share image sizes and how many headline lines each holds. */
export const SHARE_IMAGE_VARIANTS = {
  wide: { width: 1200, height: 630, maxLines: 3, fontSizes: [68, 62, 56, 50, 46] },
  standard: { width: 1200, height: 900, maxLines: 4, fontSizes: [80, 72, 64, 56, 50] },
  square: { width: 1200, height: 1200, maxLines: 5, fontSizes: [88, 80, 72, 64, 56] },
} as const;

export type ShareImageVariant = keyof typeof SHARE_IMAGE_VARIANTS;
