/**
 * A registrant's name as documents, mails and the admin show it: title, first and last name
 * ("Dr. Jana Beispiel"), trimmed, without the salutation; empty when no name is known.
 */
export function registrantName(person: {
  academicTitle: string | null;
  firstName: string | null;
  lastName: string | null;
}): string {
  return [person.academicTitle, person.firstName, person.lastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}
