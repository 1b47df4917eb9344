/**
 * Every stable error code the API answers with, its HTTP status and a title. A problem document's
 * `type` is `/api/problems/<code>`, where GET returns this entry; docs/api-errors.md lists them.
 */
export const PROBLEMS = {
  'REQUEST.VALIDATION_FAILED': { status: 400, title: 'The request has invalid or unknown fields' },
  'REQUEST.MALFORMED': { status: 400, title: 'The request could not be read' },
  'REQUEST.TOO_LARGE': { status: 413, title: 'The request body is too large' },
  'REQUEST.URI_TOO_LONG': { status: 414, title: 'The request URI is too long' },
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': {
    status: 415,
    title: 'The request body has an unsupported media type',
  },
  'REQUEST.RATE_LIMITED': { status: 429, title: 'Too many requests; try again later' },
  'IDEMPOTENCY.KEY_INVALID': { status: 400, title: 'The Idempotency-Key header is not valid' },
  'IDEMPOTENCY.KEY_REUSED': {
    status: 422,
    title: 'The Idempotency-Key was used for a different request',
  },
  'IDEMPOTENCY.IN_PROGRESS': {
    status: 409,
    title: 'A request with this Idempotency-Key is still being processed',
  },
  'ROUTE.NOT_FOUND': { status: 404, title: 'No such endpoint' },
  'ROUTE.METHOD_NOT_ALLOWED': { status: 405, title: 'The endpoint does not accept this method' },
  'EVENT.NOT_FOUND': { status: 404, title: 'No published event with this slug' },
  'EVENT.ID_NOT_FOUND': { status: 404, title: 'No event with this id' },
  'EVENT.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the event)',
  },
  'EVENT.STALE': {
    status: 412,
    title: 'Someone changed the event since you loaded it; reload and apply your change again',
  },
  'EVENT.AGENDA_OUTSIDE_EVENT': {
    status: 422,
    title: 'An agenda item lies outside the time of the event',
  },
  'EVENT.NOT_PUBLISHABLE': { status: 422, title: 'The event lacks what a public event needs' },
  'EVENT.WRONG_STATUS': { status: 409, title: 'The event is not in a status that allows this' },
  'EVENT.OUT_OF_SCOPE': {
    status: 403,
    title: 'The event does not belong to one of your organisations',
  },
  'EVENT.UNKNOWN_REFERENCE': {
    status: 422,
    title: 'A series, topic, organisation or person given does not exist',
  },
  'EVENT.SLUG_TAKEN': { status: 409, title: 'Another event already has this slug' },
  'SERIES.NOT_FOUND': { status: 404, title: 'No such series' },
  'SERIES.SLUG_TAKEN': { status: 409, title: 'Another series already has this slug' },
  'SERIES.IN_USE': {
    status: 409,
    title: 'Events belong to this series; merge it into another instead',
  },
  'SERIES.MERGE_INTO_ITSELF': { status: 409, title: 'A series cannot be merged into itself' },
  'SERIES.OUT_OF_SCOPE': {
    status: 403,
    title: 'The series does not belong to one of your organisations',
  },
  'SERIES.UNKNOWN_ORGANISATION': {
    status: 422,
    title: 'An organiser given does not exist or is named twice',
  },
  'SERIES.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the series)',
  },
  'SERIES.STALE': {
    status: 412,
    title: 'Someone changed the series since you loaded it; reload and apply your change again',
  },
  'TOPIC.NOT_FOUND': { status: 404, title: 'No topic with this id' },
  'TOPIC.SLUG_TAKEN': { status: 409, title: 'Another topic already has this slug' },
  'TOPIC.IN_USE': { status: 409, title: 'Events use this topic; merge it into another instead' },
  'TOPIC.MERGE_INTO_ITSELF': { status: 409, title: 'A topic cannot be merged into itself' },
  'ORGANISATION.NOT_FOUND': { status: 404, title: 'No such organisation' },
  'ORGANISATION.SLUG_TAKEN': { status: 409, title: 'Another organisation already has this slug' },
  'ORGANISATION.IN_USE': {
    status: 409,
    title: 'Events, series, people or staff accounts name this organisation; merge it instead',
  },
  'ORGANISATION.MERGE_INTO_ITSELF': {
    status: 409,
    title: 'An organisation cannot be merged into itself',
  },
  'ORGANISATION.OUT_OF_SCOPE': {
    status: 403,
    title: 'Organisers change only the organisations they work for',
  },
  'ORGANISATION.UNKNOWN_CONTACT': {
    status: 422,
    title: 'A contact person id given belongs to no contact person of this organisation',
  },
  'ORGANISATION.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the organisation)',
  },
  'ORGANISATION.STALE': {
    status: 412,
    title:
      'Someone changed the organisation since you loaded it; reload and apply your change again',
  },
  'PERSON.NOT_FOUND': { status: 404, title: 'No such person' },
  'PERSON.SLUG_TAKEN': { status: 409, title: 'Another person already has this slug' },
  'PERSON.IN_USE': {
    status: 409,
    title: 'Events or agenda items name this person; merge the person into another instead',
  },
  'PERSON.MERGE_INTO_ITSELF': { status: 409, title: 'A person cannot be merged into themselves' },
  'PERSON.UNKNOWN_ORGANISATION': { status: 422, title: 'The organisation given does not exist' },
  'PERSON.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the person)',
  },
  'PERSON.STALE': {
    status: 412,
    title: 'Someone changed the person since you loaded it; reload and apply your change again',
  },
  'DOCUMENTATION.EVENT_NOT_PUBLISHED': {
    status: 409,
    title: "Only a published event's documentation can go public",
  },
  'DOCUMENTATION.EVENT_NOT_OVER': {
    status: 409,
    title: 'The documentation goes public once the event is over',
  },
  'DOCUMENTATION.EMPTY': {
    status: 422,
    title: 'The documentation has no report, file, picture or recording',
  },
  'DOCUMENTATION.ALREADY_PUBLISHED': { status: 409, title: 'The documentation is already public' },
  'DOCUMENTATION.NOT_PUBLISHED': { status: 409, title: 'The documentation is not public' },
  'MEDIA.NOT_FOUND': { status: 404, title: 'No media file with this id' },
  'MEDIA.FILE_REQUIRED': { status: 400, title: 'Send one file as multipart/form-data' },
  'MEDIA.UNSUPPORTED_TYPE': {
    status: 415,
    title: 'The file is no JPEG, PNG, WebP or PDF (judged by its content)',
  },
  'MEDIA.TOO_LARGE': { status: 413, title: 'The file is too large' },
  'MEDIA.DAMAGED': { status: 422, title: 'The file could not be read; it may be damaged' },
  'MEDIA.IN_USE': { status: 409, title: 'The file is still used; remove it there first' },
  'MEDIA.NOT_YOURS': {
    status: 403,
    title: 'Only administrators and the uploader may delete this file',
  },
  'CONTACT.NOT_FOUND': { status: 404, title: 'No contact request with this id for you' },
  'NEWSLETTER.SUBSCRIBER_NOT_FOUND': {
    status: 404,
    title: 'No newsletter subscription with this id',
  },
  'NEWSLETTER.EVENT_NOT_AVAILABLE': {
    status: 422,
    title: 'An event chosen is not upcoming and published',
  },
  'NEWSLETTER.NO_RECIPIENTS': {
    status: 409,
    title: 'No confirmed subscriber has chosen any of these events',
  },
  'NEWS.NOT_FOUND': { status: 404, title: 'No such news post' },
  'NEWS.SLUG_TAKEN': { status: 409, title: 'Another news post already has this slug' },
  'NEWS.UNKNOWN_ORGANISATION': { status: 422, title: 'The organisation given does not exist' },
  'NEWS.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the news post)',
  },
  'NEWS.STALE': {
    status: 412,
    title: 'Someone changed the news post since you loaded it; reload and apply your change again',
  },
  'REGISTRATION.CONSENT_NOT_ASKED': {
    status: 422,
    title: 'A consent was given that the event does not ask for',
  },
  'REGISTRATION.NOT_AVAILABLE': { status: 409, title: 'This event takes no registrations here' },
  'REGISTRATION.NOT_OPEN_YET': { status: 409, title: 'Registration has not opened yet' },
  'REGISTRATION.DEADLINE_PASSED': { status: 409, title: 'The registration deadline has passed' },
  'REGISTRATION.EVENT_CANCELLED': { status: 409, title: 'The event is cancelled' },
  'REGISTRATION.FULL': { status: 409, title: 'The event is fully booked' },
  'REGISTRATION.PRIVACY_CONSENT_REQUIRED': {
    status: 422,
    title: 'The privacy notice must be accepted',
  },
  'REGISTRATION.CONSENT_TEXT_OUTDATED': {
    status: 422,
    title: 'A consent refers to a text version that is not in force',
  },
  'REGISTRATION.UNKNOWN_QUESTION': {
    status: 422,
    title: 'An answer refers to a question the event does not ask',
  },
  'REGISTRATION.ANSWER_REQUIRED': { status: 422, title: 'A required question is not answered' },
  'REGISTRATION.INVALID_ANSWER': { status: 422, title: 'An answer does not fit its question' },
  'REGISTRATION.TOKEN_INVALID': { status: 404, title: 'This link is not valid (any more)' },
  'REGISTRATION.CONFIRMATION_EXPIRED': { status: 410, title: 'The confirmation link has expired' },
  'REGISTRATION.ALREADY_CANCELLED': { status: 409, title: 'The registration is already cancelled' },
  'REGISTRATION.NOT_CHANGEABLE': {
    status: 409,
    title: 'The registration can no longer be changed',
  },
  'REGISTRATION.ID_NOT_FOUND': { status: 404, title: 'No registration with this id' },
  'REGISTRATION.INVALID_TRANSITION': {
    status: 409,
    title: 'The registration cannot change from its current status to the one asked for',
  },
  'REGISTRATION.ALREADY_REGISTERED': {
    status: 409,
    title: 'This address is already registered for the event',
  },
  'REGISTRATION.NOT_CONFIRMED': {
    status: 409,
    title: 'Only confirmed registrations can be checked in',
  },
  'REGISTRATION.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the registration)',
  },
  'REGISTRATION.STALE': {
    status: 412,
    title:
      'Someone changed the registration since you loaded it; reload and apply your change again',
  },
  'REGISTRATION.NOT_ATTENDED': {
    status: 409,
    title: 'A certificate of attendance needs a confirmed registration that was checked in',
  },
  'REGISTRATION.CURSOR_INVALID': {
    status: 400,
    title: 'The cursor does not belong to this list or order; start from the first page',
  },
  'PREVIEW.TOKEN_INVALID': { status: 404, title: 'This preview link is not valid' },
  'PREVIEW.EXPIRED': {
    status: 410,
    title: 'This preview link has expired; ask the organisers for a new one',
  },
  'MAILING.NO_RECIPIENTS': {
    status: 422,
    title: 'No registration of the event is in the chosen segment; nobody would get the mail',
  },
  'PRIVACY.EVENT_NOT_OVER': {
    status: 409,
    title: 'The registrations of an event can be anonymised only once it is over',
  },
  'JOIN.NO_SEAT': { status: 403, title: 'Only confirmed participants can join' },
  'JOIN.NOT_OPEN_YET': { status: 425, title: 'The join link opens shortly before the start' },
  'JOIN.CLOSED': { status: 410, title: 'The event is over' },
  'JOIN.LINK_MISSING': { status: 409, title: 'The organisers have not set the meeting link yet' },
  'AUTH.INVALID_CREDENTIALS': { status: 401, title: 'E-mail address or password is wrong' },
  'AUTH.LOCKED': {
    status: 429,
    title: 'Too many failed attempts for this address; try again later',
  },
  'AUTH.SESSION_REQUIRED': { status: 401, title: 'Log in first (the session is missing or over)' },
  'AUTH.SECOND_FACTOR_REQUIRED': {
    status: 401,
    title: 'Give the code of your authenticator app first',
  },
  'AUTH.SECOND_FACTOR_INVALID': { status: 401, title: 'The code is wrong or was used already' },
  'AUTH.SECOND_FACTOR_NOT_SET_UP': {
    status: 409,
    title: 'Set up the second factor before confirming it',
  },
  'AUTH.CSRF_INVALID': {
    status: 403,
    title: 'The X-CSRF-Token header is missing or does not match the session',
  },
  'AUTH.FORBIDDEN': { status: 403, title: 'Your role does not allow this' },
  'AUTH.PASSWORD_WEAK': {
    status: 422,
    title: 'The new password is too short, too simple or contains the e-mail address',
  },
  'AUTH.LINK_INVALID': {
    status: 404,
    title: 'This link is not valid (any more); ask for a new one',
  },
  'AUTH.LINK_EXPIRED': { status: 410, title: 'This link has expired; ask for a new one' },
  'STAFF.NOT_FOUND': { status: 404, title: 'No staff account with this id' },
  'STAFF.PRECONDITION_REQUIRED': {
    status: 428,
    title: 'Send the version you edited in If-Match (the ETag of the account)',
  },
  'STAFF.STALE': {
    status: 412,
    title: 'Someone changed the account since you loaded it; reload and apply your change again',
  },
  'STAFF.EMAIL_TAKEN': { status: 409, title: 'Another staff account has this e-mail address' },
  'STAFF.UNKNOWN_ORGANISATION': { status: 422, title: 'An organisation given does not exist' },
  'STAFF.OWN_ACCOUNT': {
    status: 409,
    title: 'Administrators cannot change the role, access or second factor of their own account',
  },
  'STAFF.ALREADY_ACTIVE': {
    status: 409,
    title: 'The account has chosen its password already; there is no invitation to send',
  },
  'STAFF.DISABLED': { status: 409, title: 'The account is disabled; enable it first' },
  'SETTINGS.OWN_SECOND_FACTOR_MISSING': {
    status: 409,
    title: 'Switch on a second factor for your own account before requiring it for everyone',
  },
  'PROBLEM.NOT_FOUND': { status: 404, title: 'No such problem code' },
  'SERVICE.DATABASE_UNAVAILABLE': { status: 503, title: 'The database is not reachable' },
  'SERVICE.INTERNAL_ERROR': { status: 500, title: 'An unexpected error occurred' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEMS, code);
