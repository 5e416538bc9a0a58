import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { AppConfig } from '../../config/config.js';
import { type Prisma, PrismaClient } from '../../generated/prisma/client.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { TX_DEFAULT } from './transactions.js';

/** A transaction handle, passed explicitly so a service's writes and its outbox rows commit together. */
export type Tx = Prisma.TransactionClient;

/** The one Prisma client of this process, on node-postgres (no native query engine). */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /** The node-postgres pool under Prisma, ours so its use shows in the metrics. */
  private readonly pool: pg.Pool;

  constructor(config: AppConfig, metrics: MetricsService) {
    const pool = new pg.Pool({
      connectionString: config.get('DATABASE_URL'),
      max: config.get('DATABASE_POOL_SIZE'),
      application_name: `groundswell-${config.get('APP_ROLE')}`,
    });
    // Every interactive transaction gets limits that hold on a busy machine (transactions.ts).
    super({ adapter: new PrismaPg(pool), transactionOptions: { ...TX_DEFAULT } });
    this.pool = pool;
    metrics.trackPool('prisma', pool);
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    await this.pool.end().catch(() => undefined);
  }
}
