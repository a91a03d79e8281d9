'use client';

// Replaces the root layout when it fails itself, so it brings its own <html>.
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="ar" dir="rtl">
      <body
        style={{ fontFamily: 'serif', textAlign: 'center', padding: '4rem 1rem', lineHeight: 1.8 }}
      >
        <main>
          <h1>عذراً، الموقع غير متاح مؤقتاً</h1>
          <p>نعمل على إصلاح المشكلة. حاولوا مرة أخرى بعد لحظات.</p>
          <p>
            <button type="button" onClick={reset}>
              إعادة المحاولة
            </button>{' '}
            {/* A full page load: the client router is part of what just failed. */}
            <a href="/">الصفحة الرئيسية</a>
          </p>
        </main>
      </body>
    </html>
  );
}
