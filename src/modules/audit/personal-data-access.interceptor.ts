import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
  UseInterceptors,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, mergeMap, type Observable } from 'rxjs';
import { AuditService, type PersonalDataAccess } from './audit.service.js';

/**
 * How a route reads supporters' personal data: what it is (`supporters`, `signatures`,
 * `attendees`...) and how many people's personal data an answer holds (0: none, nothing recorded,
 * e.g. a viewer's list without personal fields). `access` may depend on the request (a list with a
 * filter is a search).
 */
export interface PersonalDataRoute {
  what: string;
  access: PersonalDataAccess | ((req: FastifyRequest) => PersonalDataAccess);
  people: (result: unknown) => number;
  /** The record read, from a path parameter (`{ type: 'supporter', param: 'supporterId' }`); else the campaign. */
  entity?: { type: string; param: string };
}

const PERSONAL_DATA_ROUTE = 'groundswell:personal-data-route';

/**
 * Writes one audit row for every answer of a marked route that holds personal data: who (the
 * signed-in member), when, which route, and how many people; never who they are. The row is
 * written before the answer leaves, so an access that is not recorded is not served.
 */
@Injectable()
export class PersonalDataAccessInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<PersonalDataRoute | undefined>(PERSONAL_DATA_ROUTE, ctx.getHandler());
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    if (!route || !req.auth?.campaign) return next.handle();
    const auth = req.auth;
    const campaign = req.auth.campaign;
    return next.handle().pipe(
      mergeMap((result) => {
        const people = route.people(result);
        if (people === 0) return from([result]);
        const access = typeof route.access === 'function' ? route.access(req) : route.access;
        const path = req.routeOptions.url ?? req.url.split('?')[0];
        const params = (req.params ?? {}) as Record<string, string | undefined>;
        const entityId = route.entity ? (params[route.entity.param] ?? null) : undefined;
        return from(
          this.audit
            .recordPersonalData({
              campaignId: campaign.id,
              actor: { organizerId: auth.organizerId, role: campaign.role },
              access,
              what: route.what,
              people,
              entityType: route.entity?.type,
              entityId,
              details: { route: `${req.method} ${path}`, via: auth.via },
            })
            .then(() => result),
        );
      }),
    );
  }
}

/** Marks a route whose answer may hold supporters' personal data (see PersonalDataAccessInterceptor). */
export const AuditsPersonalData = (route: PersonalDataRoute): MethodDecorator =>
  applyDecorators(SetMetadata(PERSONAL_DATA_ROUTE, route), UseInterceptors(PersonalDataAccessInterceptor));

/** Whether a personal field carries anything: an erased supporter's tombstone has the field, empty. */
function holdsData(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.values(v).some(holdsData);
  return true;
}

/** `people` for a page of items: those whose named personal field holds data (absent for roles without the right). */
export const itemsWith =
  (field: string) =>
  (result: unknown): number =>
    ((result as { items?: unknown[] } | null)?.items ?? []).filter((i) =>
      holdsData((i as Record<string, unknown> | null)?.[field]),
    ).length;

/** `people` for one record: 1 when its named personal field holds data. */
export const oneWith =
  (field: string) =>
  (result: unknown): number =>
    holdsData((result as Record<string, unknown> | null)?.[field]) ? 1 : 0;

/** `people` for an OSDI collection page: members whose named personal field holds data. */
export const embeddedWith =
  (collection: string, field: string) =>
  (result: unknown): number =>
    ((result as { _embedded?: Record<string, unknown[]> } | null)?._embedded?.[collection] ?? []).filter((m) =>
      holdsData((m as Record<string, unknown> | null)?.[field]),
    ).length;

/** A list read is a search when the query narrows it (anything besides paging). */
export const searchIfFiltered = (req: FastifyRequest): PersonalDataAccess => {
  const q = (req.query ?? {}) as Record<string, unknown>;
  return Object.keys(q).some((k) => !['cursor', 'limit', 'withTotal'].includes(k) && q[k] !== undefined)
    ? 'search'
    : 'view';
};
