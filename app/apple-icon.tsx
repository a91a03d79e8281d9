export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

// Loaded lazily for the same reason as app/icon.tsx.
export default async function AppleIcon() {
  const { renderBrandMark } = await import('@/lib/share-images/render');
  return new Response(new Uint8Array(renderBrandMark('ه', 180)), {
    headers: { 'content-type': contentType },
  });
}
