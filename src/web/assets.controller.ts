import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Public } from '../common/auth/auth.decorators.js';
import { Problem } from '../common/problem.js';
import { ApiRawResult, PathParam } from '../common/validation.js';
import { findAsset } from './assets.js';

/** The pages' stylesheet, script and image under hashed names: cached for a year, never revalidated. */
@ApiTags('pages')
@Controller('assets')
@Public()
export class AssetsController {
  @Get(':file')
  @ApiOperation({ summary: 'A static asset of the public pages (hashed name, immutable)' })
  @ApiRawResult('text/css', 'The file; gzip when the client accepts it.')
  file(
    @PathParam(
      'file',
      z
        .string()
        .max(100)
        .regex(/^[\w-]+\.[0-9a-f]{12}\.(css|js|png)$/, 'must be an asset name'),
    )
    name: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const asset = findAsset(name);
    if (!asset) throw Problem.notFound('Asset');
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    void reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'Accept-Encoding')
      .header('x-content-type-options', 'nosniff')
      .type(asset.type);
    // The embed loader runs in other sites' pages (<script src>), which same-origin CORP would block.
    if (asset.name === 'embed.js') void reply.header('cross-origin-resource-policy', 'cross-origin');
    if (gzip) void reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? asset.gzip : asset.body);
  }
}
