/** PNG bytes as a Response; versioned URLs can be cached for a year. */
export function pngResponse(png: Buffer, immutable: boolean): Response {
  return new Response(new Uint8Array(png), {
    headers: {
      'content-type': 'image/png',
      'cache-control': immutable
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=86400, stale-while-revalidate=604800',
    },
  });
}
