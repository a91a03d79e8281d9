'use client';

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main-content" className="mx-auto max-w-2xl flex-1 px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">عذراً، حدث خطأ غير متوقع</h1>
      <p className="mt-3 text-lg text-muted">
        لم نتمكن من عرض هذه الصفحة الآن. حاولوا مرة أخرى بعد لحظات.
      </p>
      <div className="mt-8 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand px-5 py-2.5 font-bold text-white hover:bg-brand-dark"
        >
          إعادة المحاولة
        </button>
        <a
          href="/"
          className="rounded border border-line px-5 py-2.5 font-bold hover:border-brand hover:text-brand"
        >
          الصفحة الرئيسية
        </a>
      </div>
    </main>
  );
}
