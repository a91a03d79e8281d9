import type { MediaBlock } from '@/lib/articles/blocks';
import type { PhotoView } from '@/lib/media/view';
import { Caption } from '@/components/media/Caption';
import { Figure } from '@/components/media/Figure';
import { Picture } from '@/components/media/Picture';

const BODY_SIZES = '(min-width: 48rem) 46rem, 100vw';
const GALLERY_SIZES = '(min-width: 48rem) 23rem, 100vw';

/** ArticleBody's `media` for the reader page: photo and gallery blocks drawn from the body's photos. */
export function bodyMedia(photos: readonly PhotoView[]) {
  const byId = new Map(photos.map((p) => [p.id, p]));
  return function BodyMedia(block: MediaBlock) {
    if (block.type === 'photo') {
      const photo = byId.get(block.photoId);
      // A photo deleted since (the library refuses while it is used) draws nothing, not a hole.
      return photo ? <Figure photo={photo} crop="original" sizes={BODY_SIZES} /> : null;
    }
    const shown = block.photoIds.flatMap((id) => byId.get(id) ?? []);
    if (shown.length === 0) return null;
    return (
      <section aria-label="معرض صور" data-role="gallery" className="my-8">
        <ul className="grid gap-4 sm:grid-cols-2">
          {shown.map((photo) => (
            <li key={photo.id}>
              <figure>
                <Picture photo={photo} crop="standard" sizes={GALLERY_SIZES} className="rounded" />
                <Caption photo={photo} className="mt-1 text-sm text-muted" />
              </figure>
            </li>
          ))}
        </ul>
      </section>
    );
  };
}
