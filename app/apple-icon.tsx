import { renderBrandMark } from '@/lib/share-images/render';

export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return new Response(new Uint8Array(renderBrandMark('ه', 180)), { headers: { 'content-type': contentType } });
}
