import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';

/**
 * An operation's summary and the problem+json answers it can give, with why. The document builder
 * (src/app/openapi.ts) gives every 4xx the one `Problem` schema.
 */
export const AuthDoc = (summary: string, errors: Record<number, string> = {}): MethodDecorator =>
  applyDecorators(
    ApiOperation({ summary }),
    ...Object.entries(errors).map(([status, description]) => ApiResponse({ status: Number(status), description })),
  );
