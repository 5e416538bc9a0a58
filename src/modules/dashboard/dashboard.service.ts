import { Injectable } from '@nestjs/common';
import { Problem } from '../../common/problem.js';
import { TtlCache } from '../../common/ttl-cache.js';
import { AppConfig } from '../../config/config.js';
import type { CampaignRole } from '../../generated/prisma/enums.js';
import {
  type Bucket,
  bucketLabels,
  fillBuckets,
  type Period,
  periodWindow,
  type TimeWindow,
} from '../../common/time-buckets.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { RsvpTrendsService } from '../events/rsvp-trends.service.js';
import { MailTrendsService } from '../mail/mail-trends.service.js';
import { MilestonesService } from '../milestones/milestones.service.js';
import { SignatureTrendsService } from '../petitions/signature-trends.service.js';
import { SupporterTrendsService } from '../supporters/supporter-trends.service.js';
import type { Metric } from './dashboard.schemas.js';

const MAX_HOURLY_MS = 31 * 86_400_000;
type Rows = { bucket: string; count: bigint | number }[];

/**
 * The organizer dashboard. Owns no table: each number comes from the module that owns it
 * (signatures from petitions, signups from supporters, RSVPs from events, emails from mail), and
 * every one is an aggregate, so viewers may see all of it; rankings by source, referrer and ?ref=
 * merge groups below the campaign's minGroupSize into "other" for roles below admin.
 *
 * Answers are kept for DASHBOARD_CACHE_SECONDS (10) per process, keyed by campaign, query and the
 * group threshold the caller's role gets: computing them scans up to a campaign's whole history
 * (about a second at 500,000 signatures), a dashboard may lag a few seconds, and concurrent
 * misses compute once (docs/decisions/dashboard-search.md, "Caching").
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly signatures: SignatureTrendsService,
    private readonly supporters: SupporterTrendsService,
    private readonly rsvps: RsvpTrendsService,
    private readonly mail: MailTrendsService,
    private readonly milestones: MilestonesService,
    config: AppConfig,
  ) {
    this.cache = new TtlCache(config.get('DASHBOARD_CACHE_SECONDS') * 1000, 2_000);
  }

  private readonly cache: TtlCache<unknown>;

  private cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(key, compute) as Promise<T>;
  }

  private async window(campaignId: string, period: Period, bucket: Bucket): Promise<TimeWindow> {
    const campaign = await this.campaigns.get(campaignId);
    const w = periodWindow(period, bucket, campaign.timeZone, campaign.createdAt);
    if (bucket === 'hour' && w.to.getTime() - w.from.getTime() > MAX_HOURLY_MS)
      throw Problem.field('bucket', 'hourly buckets cover at most 31 days; use period=7d or 30d');
    return w;
  }

  async overview(campaignId: string, period: Period, role: CampaignRole | undefined) {
    const k = await this.campaigns.minGroupSizeFor(campaignId, role);
    return this.cached(`overview:${campaignId}:${period}:${k}`, () => this.computeOverview(campaignId, period, k));
  }

  private async computeOverview(campaignId: string, period: Period, k: number) {
    const w = await this.window(campaignId, period, 'day');
    const campaign = await this.campaigns.get(campaignId);
    const [list, signups, signatureRows, titles, confirmation, origins, upcomingEvents, broadcasts, milestones] =
      await Promise.all([
        this.supporters.listSize(campaignId, w),
        this.supporters.series(campaignId, w, 'signups'),
        this.signatures.series(campaignId, w, 'signatures'),
        this.signatures.titles(campaignId),
        this.signatures.confirmation(campaignId, w),
        this.supporters.topOrigins(campaign, w.from, k),
        this.rsvps.upcoming(campaignId, w.to),
        this.mail.perBroadcast(campaignId, w.from),
        this.milestones.latest(campaignId, 5),
      ]);
    const signupCounts = fillBuckets(w, signups);
    const petitions = this.byKey(
      w,
      signatureRows.map((r) => ({ key: r.petitionId, bucket: r.bucket, count: r.count })),
    )
      .map((s) => ({
        petitionId: s.key,
        title: titles.find((t) => t.id === s.key)?.title ?? '',
        total: s.total,
        perDay: s.counts,
      }))
      .sort((a, b) => b.total - a.total);
    return {
      period,
      timeZone: w.timeZone,
      from: w.from,
      to: w.to,
      days: bucketLabels(w),
      list: { size: list.now, sizeAtStart: list.atStart, growth: list.now - list.atStart },
      signups: { total: signupCounts.reduce((n, b) => n + b.count, 0), perDay: signupCounts.map((b) => b.count) },
      signatures: { total: petitions.reduce((n, p) => n + p.total, 0), petitions },
      confirmationRate: {
        ...confirmation,
        rate: confirmation.signed ? confirmation.confirmed / confirmation.signed : null,
      },
      topSources: origins.sources.groups,
      topReferrers: origins.referrers.groups,
      topRefs: origins.refs.groups,
      minGroupSize: k > 1 ? k : null,
      otherOrigins: {
        topSources: origins.sources.other,
        topReferrers: origins.referrers.other,
        topRefs: origins.refs.other,
      },
      upcomingEvents,
      broadcasts,
      milestones,
    };
  }

  series(campaignId: string, metric: Metric, query: { period: Period; bucket: Bucket; petitionId?: string }) {
    const key = `series:${campaignId}:${metric}:${query.period}:${query.bucket}:${query.petitionId ?? ''}`;
    return this.cached(key, () => this.computeSeries(campaignId, metric, query));
  }

  private async computeSeries(
    campaignId: string,
    metric: Metric,
    query: { period: Period; bucket: Bucket; petitionId?: string },
  ) {
    const w = await this.window(campaignId, query.period, query.bucket);
    let series: { key: string; label: string | null; counts: number[]; total: number }[];
    if (metric === 'signatures' || metric === 'signature-confirmations') {
      const [rows, titles] = await Promise.all([
        this.signatures.series(
          campaignId,
          w,
          metric === 'signatures' ? 'signatures' : 'confirmations',
          query.petitionId,
        ),
        this.signatures.titles(campaignId),
      ]);
      series = this.byKey(
        w,
        rows.map((r) => ({ key: r.petitionId, bucket: r.bucket, count: r.count })),
      ).map((s) => ({
        ...s,
        label: titles.find((t) => t.id === s.key)?.title ?? null,
      }));
    } else if (metric === 'emails') {
      const rows = await this.mail.series(campaignId, w);
      series = this.byKey(
        w,
        rows.map((r) => ({ key: r.state, bucket: r.bucket, count: r.count })),
      ).map((s) => ({
        ...s,
        label: null,
      }));
    } else {
      const rows: Rows =
        metric === 'rsvps'
          ? await this.rsvps.series(campaignId, w)
          : await this.supporters.series(campaignId, w, metric);
      const counts = fillBuckets(w, rows).map((b) => b.count);
      series = [{ key: 'all', label: null, counts, total: counts.reduce((a, b) => a + b, 0) }];
    }
    return {
      metric,
      period: query.period,
      bucket: query.bucket,
      timeZone: w.timeZone,
      from: w.from,
      to: w.to,
      buckets: bucketLabels(w),
      series,
    };
  }

  /** Sparse (key, bucket, count) rows as one dense series per key, biggest first. */
  private byKey(w: TimeWindow, rows: { key: string; bucket: string; count: bigint | number }[]) {
    const keys = [...new Set(rows.map((r) => r.key))];
    return keys
      .map((key) => {
        const counts = fillBuckets(
          w,
          rows.filter((r) => r.key === key),
        ).map((b) => b.count);
        return { key, counts, total: counts.reduce((a, b) => a + b, 0) };
      })
      .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
  }
}
