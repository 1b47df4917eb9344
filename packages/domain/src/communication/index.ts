export * from './dto/consent-given.dto.js';
export * from './dto/contact-request.dto.js';
export * from './dto/newsletter-subscription.dto.js';
