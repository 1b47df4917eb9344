import { Initial1795257510466 } from './1795257510466-Initial.js';

/** Every migration, in order. Never edit one that has landed: add a new one. */
export const MIGRATIONS = [Initial1795257510466];
