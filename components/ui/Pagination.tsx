/** Previous/next links plus the position; plain links, so crawlers and no-JS readers follow them. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const linkClass = 'rounded border border-line px-4 py-2 hover:border-brand hover:text-brand';
  return (
    <nav aria-label="التنقل بين الصفحات" className="mt-10 flex items-center justify-between gap-4">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          → الصفحة السابقة
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">
        الصفحة {page} من {pageCount}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
          الصفحة التالية ←
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
