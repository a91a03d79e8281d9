import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where photo files live. Originals are private (kept to make new crops when a focal point moves);
 * renditions are public and never change under a name. MEDIA_STORAGE_URL chooses the store.
 */
export interface MediaStore {
  readonly kind: string;
  putOriginal(name: string, bytes: Uint8Array): Promise<void>;
  getOriginal(name: string): Promise<Buffer | null>;
  putRendition(name: string, bytes: Uint8Array, contentType: string): Promise<void>;
  getRendition(name: string): Promise<Buffer | null>;
  listOriginals(): Promise<string[]>;
  listRenditions(): Promise<string[]>;
  deleteRendition(name: string): Promise<void>;
  deleteOriginal(name: string): Promise<void>;
}

/**
 * Files under one folder: `originals/` and `public/`. Each file is written to a temporary name in
 * its folder and renamed into place, so a reader or a crash never sees half a file.
 */
export class LocalMediaStore implements MediaStore {
  readonly kind = 'local';
  constructor(readonly root: string) {}

  private file(area: 'originals' | 'public', name: string) {
    if (!/^[\w.-]+$/.test(name) || name.startsWith('.'))
      throw new Error(`bad media file name ${name}`);
    return path.join(this.root, area, name);
  }

  private async put(area: 'originals' | 'public', name: string, bytes: Uint8Array) {
    const target = this.file(area, name);
    await mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, bytes, { flag: 'wx' });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  private async get(area: 'originals' | 'public', name: string) {
    try {
      return await readFile(this.file(area, name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  private async list(area: 'originals' | 'public') {
    try {
      return (await readdir(path.join(this.root, area))).filter((n) => !n.endsWith('.tmp'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  putOriginal = (name: string, bytes: Uint8Array) => this.put('originals', name, bytes);
  getOriginal = (name: string) => this.get('originals', name);
  putRendition = (name: string, bytes: Uint8Array) => this.put('public', name, bytes);
  getRendition = (name: string) => this.get('public', name);
  listOriginals = () => this.list('originals');
  listRenditions = () => this.list('public');
  deleteRendition = (name: string) => rm(this.file('public', name), { force: true });
  deleteOriginal = (name: string) => rm(this.file('originals', name), { force: true });
}
