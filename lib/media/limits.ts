/** What an uploaded photo may be, and what each of its texts may hold. */
export const PHOTO_LIMITS = {
  /** Bytes of one uploaded file: a phone's 48-megapixel HEIC is about 8 MB, a camera JPEG 15. */
  maxBytes: 25 * 1024 * 1024,
  /**
   * Pixels of the decoded image, checked from the file's header before anything is decoded: a
   * 30,000 × 30,000 PNG of one colour is a few kilobytes and 3.6 GB of memory once decoded.
   */
  maxPixels: 100_000_000,
  /** The shorter side: below this a photo is a thumbnail, not something to lead a story with. */
  minSide: 200,
  alt: { min: 3, max: 250 },
  caption: { max: 500 },
  credit: { max: 120 },
  /** Files in one upload batch (each is its own request). */
  batch: 20,
} as const;

/** Bumped when the processing changes what a rendition looks like: every name changes with it. */
export const PROCESSING_VERSION = 1;
