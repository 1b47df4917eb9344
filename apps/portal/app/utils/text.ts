import type { Locale } from '@stadtgespraech/domain/common';
import { LANGUAGE_TAGS } from './dates';

export type TextBlock =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'quote'; text: string }
  | { type: 'list'; items: string[] };

const joinLines = (lines: string[]): string =>
  lines
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');

/** Plain text split on blank lines into paragraphs; single line breaks become spaces. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((chunk) => joinLines(chunk.split(/\r?\n/)))
    .filter(Boolean);
}

/**
 * The small subset of Markdown our editors write, as blocks rendered with text interpolation
 * (never as HTML): `## ` headings, `> ` quotes, `- ` lists and paragraphs between blank lines.
 */
export function textBlocks(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of (text ?? '').split(/\r?\n\s*\r?\n/)) {
    const lines = chunk.split(/\r?\n/).filter((line) => line.trim() !== '');
    let pending: string[] = [];
    const flush = () => {
      if (pending.length > 0) blocks.push({ type: 'paragraph', text: joinLines(pending) });
      pending = [];
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      if (heading) {
        flush();
        blocks.push({ type: 'heading', text: heading[1]!.trim() });
      } else if (line.startsWith('>')) {
        flush();
        const quoted: string[] = [];
        while (i < lines.length && lines[i]!.trim().startsWith('>')) {
          quoted.push(lines[i]!.trim().replace(/^>\s?/, ''));
          i++;
        }
        i--;
        blocks.push({ type: 'quote', text: joinLines(quoted) });
      } else if (/^[-*]\s+/.test(line)) {
        flush();
        const items: string[] = [];
        while (i < lines.length && /^[-*]\s+/.test(lines[i]!.trim())) {
          items.push(lines[i]!.trim().replace(/^[-*]\s+/, ''));
          i++;
        }
        i--;
        blocks.push({ type: 'list', items });
      } else {
        pending.push(line);
      }
    }
    flush();
  }
  return blocks;
}

/** "PDF, 1,2 MB" ("PDF, 1.2 MB") for an attachment; the size is left out when unknown. */
export function fileMeta(
  mediaType: string,
  sizeBytes?: number | null,
  locale: Locale = 'de',
): string {
  const subtype = mediaType.split('/')[1]?.split(/[+;]/)[0] ?? '';
  const known: Record<string, string> = {
    pdf: 'PDF',
    'vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
    'vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'vnd.ms-powerpoint': 'PowerPoint',
    msword: 'Word',
    zip: 'ZIP',
    jpeg: 'JPEG',
    png: 'PNG',
  };
  const kind = known[subtype] ?? (subtype.toUpperCase() || (locale === 'de' ? 'Datei' : 'File'));
  if (sizeBytes == null || sizeBytes < 0) return kind;
  return `${kind}, ${fileSize(sizeBytes, locale)}`;
}

/** A file size in the language's notation: "830 KB", "1,2 MB" ("1.2 MB" in English). */
export function fileSize(bytes: number, locale: Locale = 'de'): string {
  const number = (value: number) =>
    new Intl.NumberFormat(LANGUAGE_TAGS[locale], { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return `${bytes} Byte`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1000))} KB`;
  return `${number(bytes / 1_000_000)} MB`;
}

/** A web address as people read it: "www.vhw.de" for "https://www.vhw.de/". */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** An absolute URL for a path on this site; absolute URLs stay as they are. */
export function absoluteUrl(url: string, siteUrl: string): string {
  return /^https?:\/\//.test(url) ? url : `${siteUrl}${url.startsWith('/') ? '' : '/'}${url}`;
}
