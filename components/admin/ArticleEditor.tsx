'use client';

import { useActionState, useState } from 'react';
import { saveArticleAction, type EditorState } from './article-actions';
import type { DisplayStatus } from '@/lib/newsroom/status';
import { ARTICLE_LIMITS } from '@/lib/articles/limits';
import { LivePreview } from './LivePreview';
import { PhotoPicker } from './PhotoPicker';
import type { PickerPhoto } from './photo-actions';

export type EditorInitial = {
  id?: number;
  version?: string;
  title: string;
  slug: string;
  dek: string;
  body: string;
  category: string;
  tags: string;
  author: string;
  publishAt: string;
  status: DisplayStatus | 'new';
  photo: PickerPhoto | null;
};

type Props = {
  initial: EditorInitial;
  categories: { slug: string; name: string }[];
  authors: string[];
  /** Editors and admins publish; a contributor saves drafts and submits them for review. */
  canPublish: boolean;
};

const input = 'w-full rounded border border-line bg-white px-3 py-2';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className="mt-1 text-sm font-bold text-brand-dark">
      {message}
    </p>
  ) : null;
}

export function ArticleEditor({ initial, categories, authors, canPublish }: Props) {
  const [state, action, pending] = useActionState<EditorState, FormData>(saveArticleAction, {
    errors: {},
    submission: 0,
  });
  const values = { ...initial, ...state.values };
  const [preview, setPreview] = useState({
    title: values.title,
    dek: values.dek,
    body: values.body,
  });
  // Above the form, which is re-created after each refused save: the chosen photo stays chosen.
  const [photo, setPhoto] = useState<PickerPhoto | null>(initial.photo);
  const e = state.errors;
  const published = initial.status === 'published' || initial.status === 'scheduled';
  const describedBy = (field: string) =>
    e[field as keyof typeof e] ? `${field}-error` : undefined;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form
        action={action}
        key={state.submission}
        className="space-y-4"
        onInput={(event) => {
          const form = event.currentTarget;
          const get = (name: string) =>
            (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)
              ?.value ?? '';
          setPreview({ title: get('title'), dek: get('dek'), body: get('body') });
        }}
      >
        {e.form && (
          <p
            role="alert"
            className="rounded border border-brand bg-white p-3 font-bold text-brand-dark"
          >
            {e.form}
          </p>
        )}
        {initial.id && <input type="hidden" name="id" value={initial.id} />}
        {initial.version && <input type="hidden" name="version" value={initial.version} />}
        <div>
          <label htmlFor="title" className="mb-1 block font-bold">
            العنوان
          </label>
          <input
            id="title"
            name="title"
            defaultValue={values.title}
            required
            maxLength={ARTICLE_LIMITS.title.max}
            className={input}
            aria-invalid={Boolean(e.title)}
            aria-describedby={describedBy('title')}
          />
          <FieldError id="title-error" message={e.title} />
        </div>
        <div>
          <label htmlFor="slug" className="mb-1 block font-bold">
            الرابط المختصر
          </label>
          <input
            id="slug"
            name="slug"
            defaultValue={values.slug}
            maxLength={ARTICLE_LIMITS.slug.max}
            className={input}
            aria-describedby="slug-help"
            aria-invalid={Boolean(e.slug)}
          />
          <p id="slug-help" className="mt-1 text-sm text-muted">
            اتركوه فارغاً ليُكوَّن من العنوان.
          </p>
          <FieldError id="slug-error" message={e.slug} />
        </div>
        <div>
          <label htmlFor="dek" className="mb-1 block font-bold">
            التمهيد
          </label>
          <textarea
            id="dek"
            name="dek"
            defaultValue={values.dek}
            required
            rows={3}
            maxLength={ARTICLE_LIMITS.dek.max}
            className={input}
            aria-invalid={Boolean(e.dek)}
            aria-describedby={describedBy('dek')}
          />
          <FieldError id="dek-error" message={e.dek} />
        </div>
        <div>
          <label htmlFor="body" className="mb-1 block font-bold">
            المتن
          </label>
          <textarea
            id="body"
            name="body"
            defaultValue={values.body}
            required
            rows={16}
            className={input}
            aria-describedby="body-help"
            aria-invalid={Boolean(e.body)}
          />
          <div id="body-help" className="mt-1 text-sm text-muted">
            <p>
              سطر لكل فقرة. «## عنوان» عنوان فرعي و«### عنوان» عنوان أصغر (وإن لم يكن في المتن أي
              «##» فالسطر القصير بلا نقطة في آخره عنوانٌ فرعي).
            </p>
            <details className="mt-1">
              <summary className="cursor-pointer font-bold">دليل التنسيق</summary>
              <ul className="mt-1 list-disc space-y-1 ps-5" dir="rtl">
                <li>
                  <code>**عريض**</code> و<code>*مائل*</code> و<code>[نص الرابط](https://…)</code>؛
                  رابط مقال من الموقع مثل <code>[نص](/news/12)</code> يتبع تغيّر رابطه.
                </li>
                <li>
                  <code>&gt; نص</code> اقتباس (الأسطر المتتالية اقتباس واحد، و
                  <code>&gt; — المصدر</code> يختمه)، و<code>&gt;&gt; نص</code> اقتباس بارز.
                </li>
                <li>
                  <code>- بند</code> قائمة نقطية و<code>1. بند</code> قائمة مرقّمة؛ السطر الفارغ ينهي
                  القائمة. <code>---</code> فاصل.
                </li>
                <li>
                  <code>[صورة 12]</code> صورة من المكتبة، <code>[معرض 12 13 14]</code> معرض،{' '}
                  <code>[مقال 42]</code> بطاقة «اقرأ أيضاً».
                </li>
                <li>
                  <code>[معلومات: العنوان]</code> ثم فقرات أو بنود ثم <code>[/معلومات]</code> صندوق
                  معلومات.
                </li>
                <li>
                  رابط يوتيوب أو إكس أو إنستغرام أو تيك توك أو فيسبوك أو تيليغرام وحده في سطر يصبح
                  بطاقة تضمين (<code>[عنوان](الرابط)</code> لعنوانها)؛ لا يُحمَّل شيء من المنصة حتى
                  يطلبه القارئ.
                </li>
                <li>
                  <code>\</code> في أول السطر يجعله فقرة كما هو.
                </li>
              </ul>
            </details>
          </div>
          <FieldError id="body-error" message={e.body} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="category" className="mb-1 block font-bold">
              القسم
            </label>
            <select
              id="category"
              name="category"
              defaultValue={values.category}
              required
              className={input}
            >
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
            <FieldError id="category-error" message={e.category} />
          </div>
          <div>
            <label htmlFor="author" className="mb-1 block font-bold">
              الكاتب
            </label>
            <input
              id="author"
              name="author"
              defaultValue={values.author}
              required
              list="authors"
              maxLength={ARTICLE_LIMITS.author.max}
              className={input}
              aria-invalid={Boolean(e.author)}
            />
            <datalist id="authors">
              {authors.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
            <FieldError id="author-error" message={e.author} />
          </div>
        </div>
        <div>
          <label htmlFor="tags" className="mb-1 block font-bold">
            الوسوم
          </label>
          <input
            id="tags"
            name="tags"
            defaultValue={values.tags}
            maxLength={ARTICLE_LIMITS.tags.input}
            className={input}
            aria-describedby="tags-help"
          />
          <p id="tags-help" className="mt-1 text-sm text-muted">
            افصلوا بينها بفاصلة «،». الوسوم الجديدة تُنشأ تلقائياً.
          </p>
          <FieldError id="tags-error" message={e.tags} />
        </div>
        <PhotoPicker chosen={photo} onChoose={setPhoto} error={e.photo} />
        {canPublish && (
          <div>
            <label htmlFor="publishAt" className="mb-1 block font-bold">
              وقت النشر (توقيت الدار البيضاء)
            </label>
            <input
              id="publishAt"
              name="publishAt"
              type="datetime-local"
              defaultValue={values.publishAt}
              className={input}
              aria-describedby="publishAt-help"
            />
            <p id="publishAt-help" className="mt-1 text-sm text-muted">
              وقت في المستقبل يجدول المقال؛ فارغ يعني الآن عند النشر.
            </p>
            <FieldError id="publishAt-error" message={e.publishAt} />
          </div>
        )}
        {canPublish && initial.status === 'published' && (
          <label className="flex items-start gap-2">
            <input type="checkbox" name="substantive" value="yes" className="mt-1.5" />
            <span>
              <span className="font-bold">تحديث جوهري</span>
              <span className="block text-sm text-muted">
                معلومات جديدة يُخبَر بها القراء: يظهر «آخر تحديث» بوقت الحفظ ويُعلَن المقال من جديد
                لمحركات البحث. اتركوه فارغاً لتصحيح خطأ مطبعي.
              </span>
            </span>
          </label>
        )}
        <div className="flex flex-wrap gap-2 border-t border-line pt-4">
          <button
            type="submit"
            name="intent"
            value="draft"
            disabled={pending}
            className="rounded border border-ink px-4 py-2 font-bold"
          >
            {published ? 'حفظ' : 'حفظ كمسودة'}
          </button>
          {canPublish ? (
            <button
              type="submit"
              name="intent"
              value="publish"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
            >
              {published ? 'تحديث النشر' : 'نشر'}
            </button>
          ) : (
            <button
              type="submit"
              name="intent"
              value="submit"
              disabled={pending}
              className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
            >
              {initial.status === 'review' ? 'إعادة الإرسال للمراجعة' : 'إرسال للمراجعة'}
            </button>
          )}
          {canPublish && published && (
            <button
              type="submit"
              name="intent"
              value="unpublish"
              disabled={pending}
              className="rounded border border-brand px-4 py-2 font-bold text-brand-dark"
            >
              سحب من النشر
            </button>
          )}
        </div>
      </form>
      <LivePreview {...preview} photo={photo} />
    </div>
  );
}
