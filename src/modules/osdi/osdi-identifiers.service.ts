import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Problem } from '../../common/problem.js';
import { PrismaService, type Tx } from '../../infra/prisma/prisma.service.js';
import { SupportersService } from '../supporters/supporters.service.js';
import { OSDI_NAMESPACE } from './osdi-resources.js';

export type OsdiResourceType = 'person' | 'petition' | 'event';

/**
 * Foreign identifiers (`system:id`) that OSDI clients gave to our resources. An identifier names one
 * resource per campaign: giving it to a second one is refused. A person's identifiers are part of
 * what an erasure removes (they may be keys into a system that knows who the person is).
 */
@Injectable()
export class OsdiIdentifiersService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly supporters: SupportersService,
  ) {}

  onModuleInit(): void {
    this.supporters.registerDataHolder({
      name: 'osdiIdentifiers',
      export: async (supporterId) =>
        (
          await this.prisma.osdiIdentifier.findMany({
            where: { resourceType: 'person', resourceId: supporterId },
            orderBy: { id: 'asc' },
            select: { identifier: true, createdAt: true },
          })
        ).map((r) => ({ identifier: r.identifier, createdAt: r.createdAt })),
      erase: async (tx, supporterIds) => {
        await tx.osdiIdentifier.deleteMany({ where: { resourceType: 'person', resourceId: { in: supporterIds } } });
      },
    });
  }

  /** Records the foreign identifiers of a resource; ours (`groundswell:…`) are not stored. */
  async add(
    campaignId: string,
    type: OsdiResourceType,
    resourceId: string,
    identifiers: readonly string[] | undefined,
    tx?: Tx,
  ): Promise<void> {
    const foreign = [...new Set(identifiers ?? [])].filter((i) => !i.startsWith(`${OSDI_NAMESPACE}:`));
    if (foreign.length === 0) return;
    const db = tx ?? this.prisma;
    const taken = await db.osdiIdentifier.findMany({
      where: { campaignId, resourceType: type, identifier: { in: foreign }, resourceId: { not: resourceId } },
      select: { identifier: true },
    });
    if (taken.length > 0)
      throw Problem.field(
        'identifiers',
        `${taken[0].identifier} already identifies another ${type}`,
        'identifier-taken',
      );
    await db.osdiIdentifier.createMany({
      data: foreign.map((identifier) => ({ campaignId, resourceType: type, resourceId, identifier })),
      skipDuplicates: true,
    });
  }

  /** Foreign identifiers per resource id, oldest first. */
  async forResources(type: OsdiResourceType, ids: readonly string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    if (ids.length === 0) return map;
    const rows = await this.prisma.osdiIdentifier.findMany({
      where: { resourceType: type, resourceId: { in: [...ids] } },
      orderBy: { id: 'asc' },
      select: { resourceId: true, identifier: true },
    });
    for (const r of rows) map.set(r.resourceId, [...(map.get(r.resourceId) ?? []), r.identifier]);
    return map;
  }
}
