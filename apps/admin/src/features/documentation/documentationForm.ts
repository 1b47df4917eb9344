import type { StaffEvent, StaffMediaItem } from '@stadtgespraech/api-client';
import { rowKey } from '../../lib/rows';
import { variantFor } from '../media/mediaCalls';

export interface AttachmentRow {
  key: string;
  title: string;
  url: string;
  mediaType: string;
  sizeBytes: number | null;
}

export interface PictureRow {
  key: string;
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
}

/** The documentation as its page edits it: texts as strings, '' for "none". */
export interface DocumentationForm {
  report: string;
  recordingUrl: string;
  attachments: AttachmentRow[];
  pictures: PictureRow[];
}

/** Pictures of the documentation are shown in a gallery: the 960 px copy is sharp enough. */
export const PICTURE_WIDTH = 960;

export function documentationFormFrom(event: StaffEvent): DocumentationForm {
  const documentation = event.documentation;
  return {
    report: documentation?.report ?? '',
    recordingUrl: documentation?.recordingUrl ?? '',
    attachments: (documentation?.attachments ?? []).map((file) => ({
      key: rowKey(),
      title: file.title,
      url: file.url,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes ?? null,
    })),
    pictures: (documentation?.images ?? []).map((image) => ({
      key: rowKey(),
      url: image.url,
      alt: image.alt,
      caption: image.caption ?? '',
      credit: image.credit ?? '',
      width: image.width ?? null,
      height: image.height ?? null,
    })),
  };
}

const text = (value: string) => value.trim() || null;

/** The body of PUT /staff/events/{id}/documentation. */
export function documentationInputFrom(form: DocumentationForm) {
  return {
    report: text(form.report),
    recordingUrl: text(form.recordingUrl),
    attachments: form.attachments.map(({ title, url, mediaType, sizeBytes }) => ({
      title: title.trim(),
      url,
      mediaType,
      sizeBytes,
    })),
    images: form.pictures.map((row) => ({
      url: row.url,
      alt: row.alt.trim(),
      caption: text(row.caption),
      credit: text(row.credit),
      width: row.width,
      height: row.height,
    })),
  };
}

/** A library document as a row of the downloads. */
export const attachmentRow = (item: StaffMediaItem): AttachmentRow => ({
  key: rowKey(),
  title: item.title,
  url: item.url,
  mediaType: item.mediaType,
  sizeBytes: item.sizeBytes,
});

/** A library picture as a row of the gallery, with its alt text and credit as proposals. */
export function pictureRow(item: StaffMediaItem): PictureRow {
  const copy = variantFor(item, PICTURE_WIDTH);
  return {
    key: rowKey(),
    url: copy.url,
    alt: item.alt,
    caption: '',
    credit: item.credit ?? '',
    width: copy.width,
    height: copy.height,
  };
}
