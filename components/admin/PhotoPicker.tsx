'use client';

import { useState, useTransition } from 'react';
import { PHOTOS_PATH } from '@/lib/routes';
import { searchPhotosAction, type PickerPhoto } from './photo-actions';

/** A photo chosen from the media library by a search, or removed: a story's lead, a portrait. */
export function PhotoPicker({
  chosen,
  onChoose,
  error,
  legend = 'الصورة الرئيسية',
  emptyText = 'بلا صورة: تظهر بطاقة العنوان عند المشاركة.',
}: {
  chosen: PickerPhoto | null;
  onChoose: (photo: PickerPhoto | null) => void;
  error?: string;
  legend?: string;
  emptyText?: string;
}) {
  const setChosen = onChoose;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PickerPhoto[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [searching, startSearch] = useTransition();

  const search = () =>
    startSearch(async () => {
      const answer = await searchPhotosAction(query);
      if ('error' in answer) {
        setProblem(answer.error);
        setResults(null);
      } else {
        setProblem(null);
        setResults(answer);
      }
    });

  return (
    <fieldset
      className="rounded border border-line bg-white p-3"
      aria-describedby={error ? 'photo-error' : undefined}
    >
      <legend className="px-1 font-bold">{legend}</legend>
      <input type="hidden" name="photo" value={chosen?.id ?? ''} />
      {chosen ? (
        <div className="flex items-center gap-3" data-role="chosen-photo">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own rendition */}
          <img src={chosen.thumb} width={80} height={80} alt="" className="size-20 rounded" />
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-bold">#{chosen.id}</p>
            <p className="truncate">{chosen.alt || 'بلا نص بديل (لازم قبل النشر)'}</p>
          </div>
          <button
            type="button"
            onClick={() => setChosen(null)}
            className="rounded border border-line px-3 py-1"
          >
            إزالة
          </button>
        </div>
      ) : (
        <p className="text-sm text-muted">{emptyText}</p>
      )}
      <div className="mt-3 flex gap-2">
        <label htmlFor="photo-search" className="sr-only">
          بحث في مكتبة الصور
        </label>
        <input
          id="photo-search"
          type="search"
          value={query}
          maxLength={100}
          placeholder="ابحثوا في المكتبة…"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              search();
            }
          }}
          className="w-full rounded border border-line px-3 py-2"
        />
        <button
          type="button"
          onClick={search}
          disabled={searching}
          className="rounded bg-ink px-3 py-2 text-white"
        >
          بحث
        </button>
      </div>
      {problem && <p className="mt-2 text-sm font-bold text-brand-dark">{problem}</p>}
      {results && (
        <ul className="mt-3 grid grid-cols-3 gap-2 sm:grid-cols-4" aria-label="صور المكتبة">
          {results.length === 0 && (
            <li className="col-span-full text-sm text-muted">لا صور تطابق البحث.</li>
          )}
          {results.map((photo) => (
            <li key={photo.id}>
              <button
                type="button"
                onClick={() => setChosen(photo)}
                aria-pressed={chosen?.id === photo.id}
                className="block w-full rounded border border-line p-1 text-start aria-pressed:border-brand"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- our own rendition */}
                <img
                  src={photo.thumb}
                  width={160}
                  height={160}
                  alt=""
                  className="h-auto w-full rounded"
                />
                <span className="block truncate text-xs">
                  #{photo.id} {photo.alt || 'بلا نص بديل'}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-sm">
        <a href={PHOTOS_PATH} target="_blank" className="text-brand underline">
          رفع صور جديدة في المكتبة
        </a>
      </p>
      {error && (
        <p id="photo-error" className="mt-1 text-sm font-bold text-brand-dark">
          {error}
        </p>
      )}
    </fieldset>
  );
}
