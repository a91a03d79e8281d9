import type { Crop } from '@/lib/media/renditions';
import { pictureSources, renditionUrl } from '@/lib/media/urls';
import type { PhotoView } from '@/lib/media/view';

type Props = {
  photo: PhotoView;
  crop: Crop;
  /** The `sizes` attribute: how wide the image is drawn, so a phone downloads a phone-sized file. */
  sizes: string;
  /**
   * The page's largest image: fetched first, never lazily. No preload link: the <img> is in the
   * first few kilobytes of the document, where the browser's preload scanner finds it at once.
   */
  priority?: boolean;
  className?: string;
  /** Beside text that already says what it shows (a byline's portrait): empty alt text. */
  decorative?: boolean;
};

/**
 * One photo as AVIF, then WebP, then JPEG, each at the ladder of widths made at upload. Width and
 * height fix its shape before it loads (no layout shift), and the blurred placeholder fills it
 * meanwhile.
 */
export function Picture({
  photo,
  crop,
  sizes,
  priority = false,
  className = '',
  decorative = false,
}: Props) {
  const sources = pictureSources(photo, crop);
  const placeholder = photo.placeholders[crop];
  return (
    <picture>
      <source type="image/avif" srcSet={sources.srcSet.avif} sizes={sizes} />
      <source type="image/webp" srcSet={sources.srcSet.webp} sizes={sizes} />
      <img
        src={renditionUrl(sources.fallback.name)}
        width={sources.fallback.width}
        height={sources.fallback.height}
        alt={decorative ? '' : photo.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding={priority ? 'sync' : 'async'}
        className={`h-auto w-full bg-wash bg-cover ${className}`}
        style={placeholder ? { backgroundImage: `url(${placeholder})` } : undefined}
      />
    </picture>
  );
}
