import type { ImageRef, Uuid } from '../common/types.js';

/** A speaker or moderator. */
export interface Person {
  id: Uuid;
  slug: string;
  /** Academic title as written before the name, e.g. "Dr." or "Prof.". */
  academicTitle: string | null;
  firstName: string;
  lastName: string;
  /** Function as printed under the name, e.g. "Bürgermeister der Hansestadt Osterburg (Altmark)". */
  function: string | null;
  organisationId: Uuid | null;
  bio: string | null;
  photo: ImageRef | null;
}
