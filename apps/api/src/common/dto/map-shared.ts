import type { Attachment, ImageRef, PostalAddress } from '@stadtgespraech/domain';
import type { AttachmentDto, ImageDto, PostalAddressDto } from './shared.dto.js';

export const toImageDto = (image: ImageRef | null | undefined): ImageDto | null =>
  image
    ? {
        url: image.url,
        alt: image.alt,
        credit: image.credit ?? null,
        caption: image.caption ?? null,
        width: image.width ?? null,
        height: image.height ?? null,
      }
    : null;

export const toAttachmentDto = (a: Attachment): AttachmentDto => ({
  title: a.title,
  url: a.url,
  mediaType: a.mediaType,
  sizeBytes: a.sizeBytes ?? null,
});

export const toAddressDto = (address: PostalAddress | null | undefined): PostalAddressDto | null =>
  address
    ? {
        addition: address.addition ?? null,
        street: address.street,
        postalCode: address.postalCode,
        city: address.city,
        country: address.country ?? null,
      }
    : null;
