/** An ISO 8601 timestamp with offset, e.g. `2024-07-03T10:00:00+02:00`. */
export type IsoDateTime = string;

/** A point in time as rules accept it: a `Date` or an ISO 8601 timestamp with offset. */
export type DateInput = Date | IsoDateTime;

/** A UUID (version 4 or 7) identifying a stored record. */
export type Uuid = string;

/** The time zone every date of the platform is shown in. */
export const PLATFORM_TIME_ZONE = 'Europe/Berlin';

/** UI and mail languages; German first. */
export const Locale = { German: 'de', English: 'en' } as const;
export type Locale = (typeof Locale)[keyof typeof Locale];

/** A postal address as printed in Germany. */
export interface PostalAddress {
  /** Additional line, e.g. "Geschäftsstelle Kleinstadt Akademie" or "Stadt Wittenberge". */
  addition?: string | null;
  street: string;
  postalCode: string;
  city: string;
  country?: string | null;
}

/** An image with the texts accessibility and copyright require. */
export interface ImageRef {
  url: string;
  /** Text alternative; empty only for purely decorative images. */
  alt: string;
  /** Copyright line, e.g. "© Stadt Gudensberg/Christin Gerstner". */
  credit?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
}

/** A downloadable file such as slides or a result report PDF. */
export interface Attachment {
  title: string;
  url: string;
  mediaType: string;
  sizeBytes?: number | null;
}
