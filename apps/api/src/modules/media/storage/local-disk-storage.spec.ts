import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk-storage.js';
import type { MediaStorage } from './media-storage.js';

const ID = '4b1c3a52-8a49-4c5e-9f0e-3d1f2a6b7c80';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: MediaStorage;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'storage-'));
    storage = new LocalDiskStorage(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes, reads back and replaces a file, leaving no temporary files', async () => {
    await storage.put(`${ID}/original.pdf`, Buffer.from('first'), 'application/pdf');
    await storage.put(`${ID}/original.pdf`, Buffer.from('second'), 'application/pdf');
    const file = await storage.read(`${ID}/original.pdf`);
    expect(file?.sizeBytes).toBe(6);
    expect(await text(file!.body)).toBe('second');
    expect(await readdir(join(root, ID))).toEqual(['original.pdf']);
  });

  it('answers null for a missing file and removes whole folders', async () => {
    expect(await storage.read(`${ID}/w480.webp`)).toBeNull();
    await storage.put(`${ID}/w480.webp`, Buffer.from('x'), 'image/webp');
    await storage.removeFolder(ID);
    expect(await storage.read(`${ID}/w480.webp`)).toBeNull();
    await expect(storage.removeFolder(ID)).resolves.toBeUndefined();
  });

  it.each(['../etc/passwd', `${ID}/../x`, `${ID}/sub/file`, '/abs/path', `${ID}/.hidden`])(
    'refuses the key %s',
    async (key) => {
      await expect(storage.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
        'Invalid media key',
      );
      await expect(storage.read(key)).rejects.toThrow('Invalid media key');
    },
  );

  it('refuses to remove anything but an item folder', async () => {
    await expect(storage.removeFolder('..')).rejects.toThrow('Invalid media folder');
    await expect(storage.removeFolder('')).rejects.toThrow('Invalid media folder');
  });
});
