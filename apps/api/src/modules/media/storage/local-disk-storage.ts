import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import {
  assertMediaFolder,
  assertMediaKey,
  type MediaStorage,
  type StoredFile,
} from './media-storage.js';

/** The media library on a local directory (MEDIA_DIR): one folder per item. */
export class LocalDiskStorage implements MediaStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(key: string, body: Buffer): Promise<void> {
    assertMediaKey(key);
    const path = join(this.root, key);
    await mkdir(dirname(path), { recursive: true });
    // Written aside and renamed: a reader sees the old file or the whole new one.
    const temporary = `${path}.${randomUUID()}.part`;
    try {
      await writeFile(temporary, body);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async read(key: string): Promise<StoredFile | null> {
    assertMediaKey(key);
    const path = join(this.root, key);
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      return { body: createReadStream(path), sizeBytes: info.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async removeFolder(folder: string): Promise<void> {
    assertMediaFolder(folder);
    await rm(join(this.root, folder), { recursive: true, force: true });
  }
}
