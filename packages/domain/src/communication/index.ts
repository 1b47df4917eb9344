export * from './contact-request-status.js';
export * from './dto/change-contact-request-status.dto.js';
export * from './dto/consent-given.dto.js';
export * from './dto/contact-request.dto.js';
export * from './dto/newsletter-subscription.dto.js';
export * from './news.js';
export * from './dto/news-post.dto.js';
