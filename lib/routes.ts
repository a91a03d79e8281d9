/** Path builders: the only place that knows the URL shapes. Segments are percent-encoded. */

const segment = (value: string) => encodeURIComponent(value);

export function articlePath(id: number, slug: string): string {
  return `/news/${id}/${segment(slug)}`;
}

export function categoryPath(slug: string, page = 1): string {
  return withPage(`/category/${segment(slug)}`, page);
}

export function tagPath(slug: string, page = 1): string {
  return withPage(`/tag/${segment(slug)}`, page);
}

export function authorPath(slug: string, page = 1): string {
  return withPage(`/author/${segment(slug)}`, page);
}

function withPage(base: string, page: number): string {
  return page > 1 ? `${base}/page/${page}` : base;
}
