import { z } from 'zod';
import { slugify } from '../arabic/slug';
import type { Block } from '../articles/blocks';
import {
  ARTICLE_LIMITS as L,
  isPublicationDate,
  PUBLICATION_DATE_MESSAGE,
} from '../articles/limits';
import { fromCasablancaLocal } from '../arabic/dates';
import { parseBody } from '../documents/parse';
import { siteOrigin } from '../seo/urls';
import { cleanText } from '../text/clean';

export const INTENTS = ['draft', 'submit', 'publish', 'unpublish'] as const;

const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const TAG_SEPARATOR = /[,،\n]+/;

const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `${label} مطلوب.` })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(min, `${label} قصير جداً (${min} أحرف على الأقل).`)
        .max(max, `${label} طويل جداً (${max} حرفاً على الأكثر).`),
    );

/** What the editor form posts, validated field by field with Arabic messages. */
export const editorFormSchema = z
  .object({
    id: z.string().regex(/^\d+$/).transform(Number).optional(),
    version: z.string().optional(),
    intent: z.enum(INTENTS, { error: 'عملية غير معروفة.' }),
    title: text(L.title.min, L.title.max, 'العنوان'),
    slug: z
      .string()
      .trim()
      .max(L.slug.max, 'الرابط المختصر طويل جداً.')
      .refine((s) => s === '' || SLUG.test(s), 'الرابط المختصر: حروف وأرقام تفصل بينها شرطات فقط.'),
    dek: text(L.dek.min, L.dek.max, 'التمهيد'),
    body: z.string().max(L.body.max, 'المتن طويل جداً.'),
    category: z.string().trim().min(1, 'اختاروا قسماً.'),
    tags: z
      .string()
      .max(L.tags.input)
      .transform((s) => [
        ...new Set(
          cleanText(s)
            .split(TAG_SEPARATOR)
            .map((t) => t.trim().replace(/\s+/g, ' '))
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.string().max(L.tags.length, 'اسم الوسم طويل جداً.'))
          .max(L.tags.max, `${L.tags.max} وسماً على الأكثر.`),
      ),
    author: text(L.author.min, L.author.max, 'اسم الكاتب'),
    photo: z
      .string()
      .trim()
      .regex(/^\d{0,9}$/, 'صورة غير صالحة.')
      .transform((s) => (s === '' ? null : Number(s))),
    publishAt: z
      .string()
      .trim()
      .refine((s) => s === '' || fromCasablancaLocal(s) !== null, 'وقت النشر غير صالح.')
      .refine((s) => {
        const date = s === '' ? null : fromCasablancaLocal(s);
        return date === null || isPublicationDate(date);
      }, PUBLICATION_DATE_MESSAGE)
      .transform((s) => (s === '' ? null : fromCasablancaLocal(s))),
    /** «تحديث جوهري»: this save of a published story is an update readers are told of. */
    substantive: z
      .string()
      .optional()
      .transform((s) => s === 'yes'),
  })
  // An edit says which version it was made on, or it could overwrite a colleague's save unseen.
  .refine((form) => form.id === undefined || Boolean(form.version), {
    path: ['form'],
    message: 'نسخة المقال غير معروفة: أعيدوا فتح المقال ثم احفظوا مرة أخرى.',
  });

export type EditorForm = z.infer<typeof editorFormSchema>;

export type FieldErrors = Partial<Record<keyof EditorForm | 'form', string>>;

export type ParsedEditorForm = EditorForm & { slugValue: string; blocks: Block[] };

/** The fields an editor types into (echoed back to the form when a save is refused). */
export const EDITOR_FIELDS = [
  'title',
  'slug',
  'dek',
  'body',
  'category',
  'tags',
  'author',
  'publishAt',
  'photo',
] as const;

export function readEditorForm(
  formData: FormData,
): { ok: true; value: ParsedEditorForm } | { ok: false; errors: FieldErrors } {
  const raw = Object.fromEntries(
    [...EDITOR_FIELDS, 'intent', 'id', 'version', 'substantive'].map((k) => [
      k,
      formData.get(k) ?? (k === 'id' || k === 'version' || k === 'substantive' ? undefined : ''),
    ]),
  );
  const parsed = editorFormSchema.safeParse(raw);
  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'form') as keyof FieldErrors;
      errors[field] ??= issue.message;
    }
  }
  // The length limit is checked on the raw field before it is split into lines and classified.
  const rawBody = typeof raw.body === 'string' ? raw.body : '';
  const body =
    rawBody.length > L.body.max
      ? { ok: false as const, errors: [{ line: 0, message: 'المتن طويل جداً.' }] }
      : parseBody(rawBody, { siteOrigin: siteOrigin() });
  if (!body.ok)
    errors.body = body.errors
      .map((e) =>
        e.line && !e.message.startsWith('السطر') ? `السطر ${e.line}: ${e.message}` : e.message,
      )
      .join(' ');
  if (!parsed.success || !body.ok) return { ok: false, errors };
  const slugValue = parsed.data.slug || slugify(parsed.data.title);
  if (!slugValue)
    return { ok: false, errors: { slug: 'تعذر تكوين رابط مختصر من العنوان: اكتبوه يدوياً.' } };
  return { ok: true, value: { ...parsed.data, slugValue, blocks: body.blocks } };
}
