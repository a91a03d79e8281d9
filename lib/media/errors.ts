/** Why an upload was refused: a code for tests and logs, and the sentence the editor reads. */
export type PhotoRefusal =
  | 'too-large'
  | 'empty'
  | 'svg'
  | 'gif'
  | 'animated'
  | 'not-an-image'
  | 'too-many-pixels'
  | 'too-small'
  | 'damaged';

const MESSAGES: Record<PhotoRefusal, string> = {
  'too-large': 'الملف أكبر من 25 ميغابايت: صغّروا الصورة ثم أعيدوا رفعها.',
  empty: 'الملف فارغ.',
  svg: 'صور SVG غير مقبولة لأنها قد تحمل نصوصاً برمجية: ارفعوا الصورة بصيغة JPEG أو PNG.',
  gif: 'صيغة GIF غير مقبولة: ارفعوا الصورة بصيغة JPEG أو PNG أو WebP.',
  animated: 'الصور المتحركة غير مقبولة (لا يُستعمل منها إطار واحد دون علمكم): ارفعوا صورة ثابتة.',
  'not-an-image': 'هذا الملف ليس صورة مقبولة (JPEG أو PNG أو WebP أو AVIF أو HEIC).',
  'too-many-pixels':
    'أبعاد الصورة أكبر من 100 ميغابكسل: صغّروها ثم أعيدوا رفعها (رُفضت قبل فكّ ترميزها).',
  'too-small': 'الصورة صغيرة جداً: يلزم 200 بكسل على الأقل في أقصر أضلاعها.',
  damaged: 'الملف تالف أو مقطوع: تعذرت قراءة الصورة كاملة. أعيدوا تصديرها ثم ارفعوها.',
};

export class PhotoError extends Error {
  constructor(
    readonly code: PhotoRefusal,
    readonly detail = '',
  ) {
    super(MESSAGES[code]);
  }
}
