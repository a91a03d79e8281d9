import { SearchForm } from '@/components/search/SearchForm';

/** What a reader who hit a dead end can do next: go home or browse the sections. */
export function LostReaderHelp({
  title,
  message,
  code,
}: {
  title: string;
  message: string;
  code?: string;
}) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      {code && (
        <p className="text-6xl font-bold text-brand" aria-hidden="true">
          {code}
        </p>
      )}
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>
      <p className="mt-3 text-lg text-muted">{message}</p>
      <div className="mx-auto mt-8 max-w-md">
        <SearchForm id="lost-reader-search" />
      </div>
      <p className="mt-8">
        <a
          href="/"
          className="inline-block rounded bg-brand px-5 py-2.5 font-bold text-white hover:bg-brand-dark"
        >
          العودة إلى الصفحة الرئيسية
        </a>
      </p>
    </div>
  );
}
