export * from './media.js';
export * from './media-type.js';
export * from './dto/media-details.dto.js';
