import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { z } from 'zod';
import { jsonSchema } from '../../common/validation.js';

/** RFC 9457 problem details, as ProblemFilter writes them. */
const problemSchema = z
  .object({
    type: z.string().describe('Stable URI of the error kind (urn:groundswell:problem:<kind>).'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' });
const PROBLEM = jsonSchema(problemSchema, 'output');

/** An operation's summary and the problem+json answers it can give, with why. */
export const AuthDoc = (summary: string, errors: Record<number, string> = {}): MethodDecorator =>
  applyDecorators(
    ApiOperation({ summary }),
    ...Object.entries(errors).map(([status, description]) =>
      ApiResponse({
        status: Number(status),
        description,
        content: { 'application/problem+json': { schema: PROBLEM } },
      }),
    ),
  );
