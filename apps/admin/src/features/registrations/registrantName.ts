/** "Dr. Jana Beispiel": title, first and last name, as the table, detail and check-in show it. */
export function registrantName(person: {
  academicTitle: string | null;
  firstName: string;
  lastName: string;
}): string {
  return [person.academicTitle, person.firstName, person.lastName].filter(Boolean).join(' ');
}
