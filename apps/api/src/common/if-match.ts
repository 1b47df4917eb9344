import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException } from './problem.js';

const VERSION_TAG = /^(?:W\/)?"?(\d{1,9})"?$/;

/** What a version belongs to; it names the problem code of a missing `If-Match`. */
export type VersionedSubject =
  'EVENT' | 'REGISTRATION' | 'STAFF' | 'SERIES' | 'ORGANISATION' | 'PERSON' | 'NEWS';

/**
 * The version a change is based on, from `If-Match` (the ETag the client loaded). Missing:
 * 428 `<SUBJECT>.PRECONDITION_REQUIRED`, so no client can overwrite blindly.
 */
export const IfMatchVersion = createParamDecorator(
  (subject: VersionedSubject | undefined, context: ExecutionContext) => {
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['if-match'];
    const match = typeof header === 'string' ? VERSION_TAG.exec(header.trim()) : null;
    if (!match) throw new ProblemException(`${subject ?? 'EVENT'}.PRECONDITION_REQUIRED`);
    return Number(match[1]);
  },
);

/** Sends the version as the ETag, for the next If-Match. */
export function setVersionTag(reply: FastifyReply, version: number): void {
  void reply.header('ETag', `"${version}"`);
}

/** Sends the item's version as ETag (for the next If-Match) and returns the item. */
export function withVersionTag<T extends { version: number }>(reply: FastifyReply, item: T): T {
  setVersionTag(reply, item.version);
  return item;
}
