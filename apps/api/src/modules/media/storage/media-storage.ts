import type { Readable } from 'node:stream';

/** A stored file as it is read back. */
export interface StoredFile {
  body: Readable;
  sizeBytes: number;
}

/**
 * Where the bytes of the media library live. Keys look like `<uuid>/<file>`. The local disk is
 * the default; an S3-compatible store implements the same three operations.
 */
export interface MediaStorage {
  /** Stores `body` under `key`, replacing what was there; readers never see a partial file. */
  put(key: string, body: Buffer, mediaType: string): Promise<void>;
  /** The file under `key`, or null when there is none. */
  read(key: string): Promise<StoredFile | null>;
  /** Removes every file whose key starts with `folder/`; missing files are no error. */
  removeFolder(folder: string): Promise<void>;
}

/** Injection token of the configured `MediaStorage`. */
export const MEDIA_STORAGE = Symbol('MediaStorage');

const KEY = /^[0-9a-f-]{36}\/[a-z0-9][a-z0-9.-]{0,39}$/;
const FOLDER = /^[0-9a-f-]{36}$/;

/** Refuses keys that could leave the storage's root ("..", slashes, absolute paths). */
export function assertMediaKey(key: string): void {
  if (!KEY.test(key) || key.includes('..')) throw new Error(`Invalid media key: ${key}`);
}

export function assertMediaFolder(folder: string): void {
  if (!FOLDER.test(folder)) throw new Error(`Invalid media folder: ${folder}`);
}
