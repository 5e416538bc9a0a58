import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { AppConfig } from '../../config/config.js';
import { type Prisma, PrismaClient } from '../../generated/prisma/client.js';

/** A transaction handle, passed explicitly so a service's writes and its outbox rows commit together. */
export type Tx = Prisma.TransactionClient;

/** The one Prisma client of this process, on node-postgres (no native query engine). */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(config: AppConfig) {
    super({
      adapter: new PrismaPg({
        connectionString: config.get('DATABASE_URL'),
        max: config.get('DATABASE_POOL_SIZE'),
        application_name: `groundswell-${config.get('APP_ROLE')}`,
      }),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
