export const size = { width: 64, height: 64 };
export const contentType = 'image/png';

// Every page's metadata reads this module's size and type; the renderer loads only when the icon
// itself is requested.
export default async function Icon() {
  const { renderBrandMark } = await import('@/lib/share-images/render');
  return new Response(new Uint8Array(renderBrandMark('ه', 64)), {
    headers: { 'content-type': contentType },
  });
}
