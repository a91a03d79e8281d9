import { renderBrandMark } from '@/lib/share-images/render';

export const size = { width: 64, height: 64 };
export const contentType = 'image/png';

export default function Icon() {
  return new Response(new Uint8Array(renderBrandMark('ه', 64)), { headers: { 'content-type': contentType } });
}
