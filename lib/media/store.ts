import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { env } from '../runtime/env';
import { parseS3Url, S3MediaStore } from './s3-store';
import { LocalMediaStore, type MediaStore } from './storage';

let current: { url: string; store: MediaStore } | undefined;

/** The media store MEDIA_STORAGE_URL names (one per process). */
export function mediaStore(): MediaStore {
  const url = env().MEDIA_STORAGE_URL;
  if (current?.url === url) return current.store;
  const store = storeFor(url);
  current = { url, store };
  return store;
}

function storeFor(url: string): MediaStore {
  if (url.startsWith('file:')) return new LocalMediaStore(path.resolve(url.slice('file:'.length)));
  const { AWS_REGION, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL } = env();
  const endpoint = AWS_ENDPOINT_URL_S3 ?? AWS_ENDPOINT_URL;
  const client = new S3Client({
    region: AWS_REGION,
    ...(endpoint && {
      endpoint,
      forcePathStyle: true,
      // Services other than AWS do not all check the SDK's default CRC32 checksums.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    }),
  });
  return new S3MediaStore(client, parseS3Url(url));
}
