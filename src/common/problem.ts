import { HttpStatus } from '@nestjs/common';

/** One offending input field: `path` is a dotted path from the body/query/params root. */
export interface FieldError {
  path: string;
  message: string;
  code?: string;
}

/**
 * Members RFC 9457 defines (and `requestId`, which every answer carries): an extension of the same
 * name would overwrite them on the wire, as `status: "cancelled"` once replaced the HTTP status.
 */
export const RESERVED_PROBLEM_MEMBERS = ['type', 'title', 'status', 'detail', 'instance', 'requestId'] as const;

/** Extension members of a problem; the reserved names are refused by the type and at run time. */
export type ProblemExtras = { errors?: FieldError[]; retryAfterSeconds?: number; [k: string]: unknown } & {
  [K in (typeof RESERVED_PROBLEM_MEMBERS)[number]]?: never;
};

/**
 * An RFC 9457 problem. `kind` becomes a stable `type` URI that clients can switch on; `detail`
 * is for people and may change wording.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    readonly title: string,
    readonly detail?: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail ?? title);
    this.name = 'Problem';
    const clash = RESERVED_PROBLEM_MEMBERS.find((name) => name in extras);
    if (clash) throw new TypeError(`problem extension "${clash}" would overwrite the RFC 9457 member of that name`);
  }

  static validation(errors: FieldError[], detail = 'The request has invalid fields.'): Problem {
    return new Problem(HttpStatus.BAD_REQUEST, 'validation', 'Invalid request', detail, { errors });
  }

  static field(path: string, message: string, code = 'invalid'): Problem {
    return Problem.validation([{ path, message, code }], `${path}: ${message}`);
  }

  static notFound(what: string): Problem {
    return new Problem(HttpStatus.NOT_FOUND, 'not-found', 'Not found', `${what} was not found.`);
  }

  static conflict(kind: string, detail: string, extras: ProblemExtras = {}): Problem {
    return new Problem(HttpStatus.CONFLICT, kind, 'Conflict', detail, extras);
  }

  static unauthorized(detail = 'Authentication is required.'): Problem {
    return new Problem(HttpStatus.UNAUTHORIZED, 'unauthorized', 'Unauthorized', detail);
  }

  static forbidden(detail = 'Your role does not allow this.'): Problem {
    return new Problem(HttpStatus.FORBIDDEN, 'forbidden', 'Forbidden', detail);
  }

  static tooManyRequests(retryAfterSeconds: number, detail = 'Too many requests; try again later.'): Problem {
    return new Problem(HttpStatus.TOO_MANY_REQUESTS, 'rate-limited', 'Too many requests', detail, {
      retryAfterSeconds,
    });
  }

  static unprocessable(kind: string, detail: string, extras: ProblemExtras = {}): Problem {
    return new Problem(HttpStatus.UNPROCESSABLE_ENTITY, kind, 'Unprocessable request', detail, extras);
  }
}

export const problemType = (kind: string): string => `urn:groundswell:problem:${kind}`;
