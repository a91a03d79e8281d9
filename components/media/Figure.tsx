import { IsolatedText } from '@/components/ui/IsolatedText';
import type { Crop } from '@/lib/media/renditions';
import type { PhotoView } from '@/lib/media/view';
import { Picture } from './Picture';

/** A photo with its caption and credit, as a story shows it. */
export function Figure({
  photo,
  crop,
  sizes,
  priority = false,
}: {
  photo: PhotoView;
  crop: Crop;
  sizes: string;
  priority?: boolean;
}) {
  return (
    <figure className="my-6">
      <Picture photo={photo} crop={crop} sizes={sizes} priority={priority} className="rounded" />
      {(photo.caption || photo.credit) && (
        <figcaption className="mt-2 text-sm leading-relaxed text-muted">
          {photo.caption && <IsolatedText text={photo.caption} />}
          {photo.caption && photo.credit && <span aria-hidden="true"> · </span>}
          {photo.credit && (
            <span className="text-ink/70" data-role="credit">
              <IsolatedText text={photo.credit} />
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}
