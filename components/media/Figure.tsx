import type { Crop } from '@/lib/media/renditions';
import type { PhotoView } from '@/lib/media/view';
import { Caption } from './Caption';
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
      <Caption photo={photo} className="mt-2 text-sm leading-relaxed text-muted" />
    </figure>
  );
}
