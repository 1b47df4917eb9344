import { Initial1795257510466 } from './1795257510466-Initial.js';
import { RegistrationsMailNewsletterContact1795259146545 } from './1795259146545-RegistrationsMailNewsletterContact.js';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [Initial1795257510466, RegistrationsMailNewsletterContact1795259146545];
