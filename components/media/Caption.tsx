import { IsolatedText } from '@/components/ui/IsolatedText';
import type { PhotoView } from '@/lib/media/view';

/** A photo's caption, then its credit, or nothing when it has neither. */
export function Caption({ photo, className }: { photo: PhotoView; className: string }) {
  if (!photo.caption && !photo.credit) return null;
  return (
    <figcaption className={className}>
      {photo.caption && <IsolatedText text={photo.caption} />}
      {photo.caption && photo.credit && <span aria-hidden="true"> · </span>}
      {photo.credit && (
        <span className="text-ink/70" data-role="credit">
          <IsolatedText text={photo.credit} />
        </span>
      )}
    </figcaption>
  );
}
