'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { PHOTO_LIMITS } from '@/lib/media/limits';
import { PHOTO_UPLOAD_PATH } from '@/lib/routes';

type Row = {
  name: string;
  progress: number;
  state: 'waiting' | 'sending' | 'processing' | 'done' | 'reused' | 'failed';
  message?: string;
  href?: string;
};

type Answer = { ok: boolean; error?: string; href?: string; reused?: boolean };

/** Sends one file and reports its upload progress (fetch cannot report an upload's progress). */
function send(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ status: number; answer: Answer }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', PHOTO_UPLOAD_PATH);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.upload.onprogress = (event) =>
      event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      let answer: Answer = { ok: false, error: 'جواب غير مفهوم من الخادم.' };
      try {
        answer = JSON.parse(xhr.responseText) as Answer;
      } catch {}
      resolve({ status: xhr.status, answer });
    };
    xhr.onerror = () =>
      resolve({ status: 0, answer: { ok: false, error: 'انقطع الاتصال: أعيدوا رفع هذه الصورة.' } });
    xhr.send(file);
  });
}

const LABELS: Record<Row['state'], string> = {
  waiting: 'في الانتظار',
  sending: 'يُرفع',
  processing: 'تُجهَّز المقاسات',
  done: 'رُفعت',
  reused: 'موجودة من قبل في المكتبة',
  failed: 'رُفضت',
};

/** Uploads one or many photos, one after another, each with its progress and its outcome. */
export function PhotoUploader() {
  const router = useRouter();
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);

  async function upload(files: File[]) {
    const batch = files.slice(0, PHOTO_LIMITS.batch);
    const initial: Row[] = batch.map((f) => ({ name: f.name, progress: 0, state: 'waiting' }));
    setRows(initial);
    setBusy(true);
    const update = (index: number, change: Partial<Row>) =>
      setRows((all) => all.map((row, i) => (i === index ? { ...row, ...change } : row)));
    for (const [index, file] of batch.entries()) {
      if (file.size > PHOTO_LIMITS.maxBytes) {
        update(index, { state: 'failed', message: 'الملف أكبر من 25 ميغابايت.' });
        continue;
      }
      update(index, { state: 'sending' });
      const { answer } = await send(file, (fraction) =>
        update(index, { progress: fraction, state: fraction >= 1 ? 'processing' : 'sending' }),
      );
      if (answer.ok)
        update(index, { state: answer.reused ? 'reused' : 'done', progress: 1, href: answer.href });
      else update(index, { state: 'failed', message: answer.error });
    }
    setBusy(false);
    router.refresh();
  }

  return (
    <section aria-labelledby="upload-heading" className="rounded border border-line bg-white p-4">
      <h2 id="upload-heading" className="mb-2 text-lg font-bold">
        رفع صور
      </h2>
      <label htmlFor="photo-files" className="mb-1 block">
        اختاروا صورة أو أكثر (JPEG أو PNG أو WebP أو AVIF أو HEIC، حتى 25 ميغابايت لكل صورة،{' '}
        {PHOTO_LIMITS.batch} صورة في كل مرة):
      </label>
      <input
        id="photo-files"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif,.heic,.heif"
        disabled={busy}
        className="block w-full"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          if (files.length) void upload(files);
          event.currentTarget.value = '';
        }}
      />
      {rows.length > 0 && (
        <ul className="mt-3 space-y-2" aria-live="polite">
          {rows.map((row, index) => (
            <li key={index} data-state={row.state} className="text-sm">
              <span className="font-bold">{row.name}</span>: {LABELS[row.state]}
              {row.href && (
                <>
                  {' '}
                  <a href={row.href} className="text-brand underline">
                    أكملوا بياناتها
                  </a>
                </>
              )}
              {row.message && <span className="block text-brand-dark">{row.message}</span>}
              <progress
                className="block w-full"
                max={1}
                value={row.progress}
                aria-label={`تقدم رفع ${row.name}`}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
