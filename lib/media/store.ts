import path from 'node:path';
import { env } from '../runtime/env';
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
  throw new Error(`MEDIA_STORAGE_URL ${url}: this build keeps photos in a folder only`);
}
