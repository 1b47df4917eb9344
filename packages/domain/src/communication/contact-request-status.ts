/** Where a contact request stands in the staff's inbox. */
export const ContactRequestStatus = {
  /** Not yet dealt with. */
  New: 'new',
  /** Someone replied (by mail, outside the platform). */
  Answered: 'answered',
  /** Nothing more to do (answered or not). */
  Closed: 'closed',
} as const;
export type ContactRequestStatus = (typeof ContactRequestStatus)[keyof typeof ContactRequestStatus];
