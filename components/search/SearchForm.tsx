/** A plain GET form: searching works without JavaScript. */
export function SearchForm({
  defaultValue = '',
  id = 'site-search',
  compact = false,
}: {
  defaultValue?: string;
  id?: string;
  compact?: boolean;
}) {
  return (
    <form action="/search" method="get" role="search" className="flex w-full items-stretch gap-2">
      <label htmlFor={id} className="sr-only">
        ابحث في هومبريس
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="ابحث في الأخبار…"
        className={`min-w-0 flex-1 rounded border border-line bg-white px-3 text-ink placeholder:text-muted ${compact ? 'py-1.5 text-sm' : 'py-2.5 text-lg'}`}
        dir="auto"
      />
      <button
        type="submit"
        className={`rounded bg-brand font-bold text-white hover:bg-brand-dark ${compact ? 'px-3 py-1.5 text-sm' : 'px-5 py-2.5'}`}
      >
        بحث
      </button>
    </form>
  );
}
