import { HttpException } from '@nestjs/common';
import { PROBLEMS, type ProblemCode } from './problem-codes.js';

/** One invalid field of a request, as reported in a problem document's `errors`. */
export interface FieldProblem {
  /** Location of the value, e.g. `query.pageSize` or `body.agenda[0].title`. */
  pointer: string;
  messages: string[];
}

/** The JSON body of an RFC 9457 problem document, with our stable `code`. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: ProblemCode;
  requestId?: string;
  errors?: FieldProblem[];
}

/** Further members particular to a code, e.g. `opensAt` of JOIN.NOT_OPEN_YET. */
export type ProblemExtensions = Readonly<Record<string, unknown>>;

/** Throw to answer with a problem document of a known code. */
export class ProblemException extends HttpException {
  constructor(
    public readonly code: ProblemCode,
    public readonly detail?: string,
    public readonly errors?: FieldProblem[],
    public readonly extensions: ProblemExtensions = {},
  ) {
    super(PROBLEMS[code].title, PROBLEMS[code].status);
  }
}

export function problemType(code: ProblemCode): string {
  return `/api/problems/${code}`;
}
