import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CAMPAIGN_ROLE, IS_PUBLIC } from '../../src/common/auth/auth.decorators.js';

export interface RouteInfo {
  method: string;
  path: string;
  isPublic: boolean;
  campaignRole?: string;
  handler: string;
}

/** The application's real route table, read from the controllers Nest registered. */
export function routeTable(app: NestFastifyApplication): RouteInfo[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance) continue;
    const proto = Object.getPrototypeOf(instance) as object;
    const base = (Reflect.getMetadata(PATH_METADATA, proto.constructor) as string | undefined) ?? '';
    const classPublic = Boolean(reflector.get(IS_PUBLIC, proto.constructor));
    for (const name of scanner.getAllMethodNames(proto)) {
      const fn = instance[name] as () => unknown;
      const path = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
      if (path === undefined || method === undefined) continue;
      const full = `/${[base, path]
        .map((p) => p.replace(/^\/|\/$/g, ''))
        .filter(Boolean)
        .join('/')}`;
      routes.push({
        method: RequestMethod[method],
        path: full,
        isPublic: classPublic || Boolean(reflector.get(IS_PUBLIC, fn)),
        campaignRole: reflector.get(CAMPAIGN_ROLE, fn),
        handler: `${proto.constructor.name}.${name}`,
      });
    }
  }
  return routes;
}

/** `/campaigns/:campaignId/x/:id` with every parameter filled in. */
export function fillPath(path: string, params: Record<string, string>, fallback: string): string {
  return path.replace(/:(\w+)/g, (_, name: string) => params[name] ?? fallback);
}

/** OpenAPI writes `{id}` where Nest writes `:id`. */
export const toOpenApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');
