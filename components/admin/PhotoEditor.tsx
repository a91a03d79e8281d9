'use client';

import { useActionState, useState } from 'react';
import { PHOTO_LIMITS } from '@/lib/media/limits';
import { savePhotoAction, type PhotoFormState } from './photo-actions';

type Props = {
  photo: {
    id: number;
    version: string;
    alt: string;
    caption: string;
    credit: string;
    focus: { x: number; y: number };
  };
  /** The whole photo at a screen's width, to tap the focal point on. */
  preview: { src: string; width: number; height: number };
};

const input = 'w-full rounded border border-line bg-white px-3 py-2';
const round = (n: number) => Math.round(Math.min(Math.max(n, 0), 1) * 1000) / 1000;

/** A photo's texts and focal point: tap (or click) the photo where every crop must stay centred. */
export function PhotoEditor({ photo, preview }: Props) {
  const [state, action, pending] = useActionState<PhotoFormState, FormData>(savePhotoAction, {
    errors: {},
    submission: 0,
  });
  const [focus, setFocus] = useState(photo.focus);
  const e = state.errors;
  return (
    <form action={action} className="space-y-4" aria-label="بيانات الصورة">
      {e.form && (
        <p
          role="alert"
          className="rounded border border-brand bg-white p-3 font-bold text-brand-dark"
        >
          {e.form}
        </p>
      )}
      <input type="hidden" name="id" value={photo.id} />
      <input type="hidden" name="version" value={photo.version} />
      <div>
        <p id="focus-help" className="mb-1 font-bold">
          نقطة التركيز: المسوا الصورة حيث يجب أن يبقى وسط كل قصّة.
        </p>
        <button
          type="button"
          aria-label="اختيار نقطة التركيز"
          aria-describedby="focus-help"
          className="relative block w-full cursor-crosshair"
          onClick={(event) => {
            const box = event.currentTarget.getBoundingClientRect();
            setFocus({
              // The photo is not mirrored in RTL: x counts from its left edge, as the file does.
              x: round((event.clientX - box.left) / box.width),
              y: round((event.clientY - box.top) / box.height),
            });
          }}
        >
          {/* eslint-disable-next-line @next/next/no-img-element -- our own rendition */}
          <img
            src={preview.src}
            width={preview.width}
            height={preview.height}
            alt=""
            className="h-auto w-full"
          />
          <span
            aria-hidden="true"
            data-role="focus-marker"
            className="pointer-events-none absolute size-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-4 border-white bg-brand/70 shadow"
            style={{ left: `${focus.x * 100}%`, top: `${focus.y * 100}%` }}
          />
        </button>
        <div className="mt-2 grid grid-cols-2 gap-3 text-sm">
          <label>
            أفقياً (0 يسار الصورة، 1 يمينها)
            <input
              name="focusX"
              type="number"
              min={0}
              max={1}
              step={0.001}
              value={focus.x}
              onChange={(ev) => setFocus({ ...focus, x: round(Number(ev.target.value)) })}
              className={input}
              dir="ltr"
            />
          </label>
          <label>
            عمودياً (0 أعلاها، 1 أسفلها)
            <input
              name="focusY"
              type="number"
              min={0}
              max={1}
              step={0.001}
              value={focus.y}
              onChange={(ev) => setFocus({ ...focus, y: round(Number(ev.target.value)) })}
              className={input}
              dir="ltr"
            />
          </label>
        </div>
        {(e.focusX || e.focusY) && (
          <p className="text-sm font-bold text-brand-dark">{e.focusX ?? e.focusY}</p>
        )}
      </div>
      <div>
        <label htmlFor="alt" className="mb-1 block font-bold">
          النص البديل (يُقرأ لمن لا يرى الصورة؛ لازم قبل نشرها في مقال)
        </label>
        <input
          id="alt"
          name="alt"
          defaultValue={photo.alt}
          maxLength={PHOTO_LIMITS.alt.max}
          className={input}
          aria-invalid={Boolean(e.alt)}
        />
        {e.alt && <p className="mt-1 text-sm font-bold text-brand-dark">{e.alt}</p>}
      </div>
      <div>
        <label htmlFor="caption" className="mb-1 block font-bold">
          التعليق
        </label>
        <textarea
          id="caption"
          name="caption"
          defaultValue={photo.caption}
          rows={2}
          maxLength={PHOTO_LIMITS.caption.max}
          className={input}
        />
        {e.caption && <p className="mt-1 text-sm font-bold text-brand-dark">{e.caption}</p>}
      </div>
      <div>
        <label htmlFor="credit" className="mb-1 block font-bold">
          المصدر («تصوير: …» أو اسم الوكالة)
        </label>
        <input
          id="credit"
          name="credit"
          defaultValue={photo.credit}
          maxLength={PHOTO_LIMITS.credit.max}
          className={input}
        />
        {e.credit && <p className="mt-1 text-sm font-bold text-brand-dark">{e.credit}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'يُحفظ…' : 'حفظ'}
      </button>
    </form>
  );
}
