import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { MediaStore } from './storage';

export type S3Location = { bucket: string; prefix: string };

/** `s3://bucket/some/prefix` → bucket and a key prefix ending in `/` (or empty). */
export function parseS3Url(url: string): S3Location {
  const rest = url.slice('s3://'.length);
  const slash = rest.indexOf('/');
  const bucket = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash + 1).replace(/^\/+|\/+$/g, '');
  return { bucket, prefix: path ? `${path}/` : '' };
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Photos in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO): `<prefix>originals/` and
 * `<prefix>public/`. A PUT makes an object appear whole or not at all, as rename does on disk.
 * Renditions carry their content type and year-long caching, so the bucket (or a CDN before it,
 * MEDIA_PUBLIC_URL) can serve them as they are.
 */
export class S3MediaStore implements MediaStore {
  readonly kind = 's3';
  constructor(
    private readonly client: S3Client,
    private readonly location: S3Location,
  ) {}

  private key(area: 'originals' | 'public', name: string) {
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.'))
      throw new Error(`bad media file name ${name}`);
    return `${this.location.prefix}${area}/${name}`;
  }

  private async put(
    area: 'originals' | 'public',
    name: string,
    bytes: Uint8Array,
    headers: { ContentType: string; CacheControl?: string },
  ) {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.location.bucket,
        Key: this.key(area, name),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ...headers,
      }),
    );
  }

  private async get(area: 'originals' | 'public', name: string): Promise<Buffer | null> {
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(area, name) }),
      );
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  private async list(area: 'originals' | 'public'): Promise<string[]> {
    const prefix = `${this.location.prefix}${area}/`;
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.location.bucket,
          Prefix: prefix,
          ContinuationToken: token,
        }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key) names.push(object.Key.slice(prefix.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return names;
  }

  private async delete(area: 'originals' | 'public', name: string) {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.key(area, name) }),
    );
  }

  putOriginal = (name: string, bytes: Uint8Array) =>
    this.put('originals', name, bytes, { ContentType: 'application/octet-stream' });
  getOriginal = (name: string) => this.get('originals', name);
  putRendition = (name: string, bytes: Uint8Array, contentType: string) =>
    this.put('public', name, bytes, { ContentType: contentType, CacheControl: IMMUTABLE });
  getRendition = (name: string) => this.get('public', name);
  listOriginals = () => this.list('originals');
  listRenditions = () => this.list('public');
  deleteRendition = (name: string) => this.delete('public', name);
  deleteOriginal = (name: string) => this.delete('originals', name);
}

function isMissing(error: unknown): boolean {
  return (
    error instanceof NoSuchKey ||
    (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
  );
}
