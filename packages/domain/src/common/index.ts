export * from './enum.js';
export * from './errors.js';
export * from './types.js';
export * from './limits.js';
export * from './validation.js';
export * from './dto/postal-address.dto.js';
export * from './dto/image-ref.dto.js';
export * from './dto/attachment.dto.js';
