/** Site identity in one place: pages, metadata, feeds and structured data read it from here. */
export const SITE = {
  name: 'هومبريس',
  tagline: 'أخبار المغرب والعالم بدقة وسرعة',
  description:
    'هومبريس: جريدة إلكترونية مغربية تنقل أخبار الأمن والسياسة والاقتصاد والمجتمع بلغة عربية سليمة.',
  locale: 'ar-MA',
  language: 'ar',
  openGraphLocale: 'ar_MA',
  timeZone: 'Africa/Casablanca',
  foundingYear: 2025,
} as const;
