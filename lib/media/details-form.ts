import { z } from 'zod';
import { cleanText } from '../text/clean';
import { PHOTO_LIMITS as L } from './limits';

const text = (max: number, label: string) =>
  z
    .string()
    .transform((s) => cleanText(s).trim().replace(/\s+/g, ' '))
    .pipe(z.string().max(max, `${label} طويل جداً (${max} حرفاً على الأكثر).`));

const coordinate = z.coerce
  .number({ error: 'نقطة التركيز غير صالحة.' })
  .min(0, 'نقطة التركيز خارج الصورة.')
  .max(1, 'نقطة التركيز خارج الصورة.');

/** What the photo page posts: its texts and focal point, with Arabic messages. */
export const photoDetailsSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.string().min(1),
  alt: text(L.alt.max, 'النص البديل').refine(
    (s) => s === '' || s.length >= L.alt.min,
    `النص البديل قصير جداً (${L.alt.min} أحرف على الأقل).`,
  ),
  caption: text(L.caption.max, 'التعليق'),
  credit: text(L.credit.max, 'المصدر'),
  focusX: coordinate,
  focusY: coordinate,
});

export type PhotoDetailsForm = z.infer<typeof photoDetailsSchema>;
export type PhotoFieldErrors = Partial<Record<keyof PhotoDetailsForm | 'form', string>>;

export function readPhotoDetails(
  formData: FormData,
): { ok: true; value: PhotoDetailsForm } | { ok: false; errors: PhotoFieldErrors } {
  const raw = Object.fromEntries(
    ['id', 'version', 'alt', 'caption', 'credit', 'focusX', 'focusY'].map((k) => [
      k,
      formData.get(k) ?? '',
    ]),
  );
  const parsed = photoDetailsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: PhotoFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'form') as keyof PhotoFieldErrors;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
