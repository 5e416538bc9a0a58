/**
 * Child process of `npm run bench:digest`: one scheduler pass over one campaign, exactly as the
 * worker's `digests.campaign` job runs it (DigestRunnerService.runCampaign with the production modules and
 * configuration), but in a process that loads no queue consumers, so no mail is sent meanwhile: the
 * figure is computing and enqueueing only. Resident memory is sampled every 20 ms during the pass.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { performance } from 'node:perf_hooks';
import { CoreModule } from '../src/app/core.module.js';
import { loadConfig } from '../src/config/config.js';
import { type CampaignRunResult, DigestRunnerService } from '../src/modules/digests/digest-runner.service.js';
import { DigestsWorkerModule } from '../src/modules/digests/digests-worker.module.js';
import { procStatusBytes } from './lib/server.js';
import { childMain } from './lib/load.js';

export interface DigestRunInput {
  env: Record<string, string>;
  campaignId: string;
  at: string;
}

export interface DigestRunOutput {
  elapsedMs: number;
  result: CampaignRunResult;
  /** Highest RSS sampled during the pass, and before it (after boot). */
  peakRssBytes: number;
  bootRssBytes: number;
  /** VmHWM: the kernel's high-water mark for the whole process life. */
  hwmBytes: number;
  cpuMs: number;
}

childMain<DigestRunInput, DigestRunOutput>(async (input) => {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_AUTO_MIGRATE: 'false',
    MAIL_URL: 'smtp://127.0.0.1:2525',
    ...input.env,
  });

  @Module({ imports: [CoreModule.forRoot(config), DigestsWorkerModule] })
  class BenchDigestsModule {}

  const app = await NestFactory.createApplicationContext(BenchDigestsModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const runner = app.get(DigestRunnerService);
    global.gc?.();
    const bootRssBytes = process.memoryUsage().rss;
    let peakRssBytes = bootRssBytes;
    const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 20);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const result = await runner.runCampaign(input.campaignId, new Date(input.at), 'bench');
    const elapsedMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
    return {
      elapsedMs,
      result,
      peakRssBytes,
      bootRssBytes,
      hwmBytes: procStatusBytes(process.pid, 'VmHWM'),
      cpuMs: (cpu.user + cpu.system) / 1000,
    };
  } finally {
    await app.close();
  }
});
