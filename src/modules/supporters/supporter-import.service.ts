import { Injectable, Logger } from '@nestjs/common';
import { uuidv7 } from '../../common/ids.js';
import { Problem } from '../../common/problem.js';
import { unstorableText, zodIssues } from '../../common/validation.js';
import { PiiCipherService } from '../../infra/crypto/pii-cipher.service.js';
import { PrismaService } from '../../infra/prisma/prisma.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignsService } from '../campaigns/campaigns.service.js';
import { CsvError, EXPORT_NOTICE_START, parseCsv } from '../../common/csv.js';
import { type ImportOptions, type ImportRow, importRow } from './supporters.schemas.js';
import { SupporterUpsertService } from './supporter-upsert.service.js';
import { TX_BULK } from '../../infra/prisma/transactions.js';

const BATCH = 500;
const MAX_ERRORS = 1000;

/** CSV header names accepted for each field (compared without case, spaces, _ or -). */
const HEADER_ALIASES: Record<string, keyof ImportRow> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  firstname: 'firstName',
  givenname: 'firstName',
  first: 'firstName',
  lastname: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  last: 'lastName',
  phone: 'phone',
  phonenumber: 'phone',
  mobile: 'phone',
  postalcode: 'postalCode',
  postcode: 'postalCode',
  zip: 'postalCode',
  zipcode: 'postalCode',
  country: 'country',
  countrycode: 'country',
  locale: 'locale',
  language: 'locale',
  tags: 'tags',
};

export interface ImportReport {
  importId: string;
  rows: number;
  created: number;
  updated: number;
  failed: number;
  errors: { row: number; field: string; message: string }[];
  errorsTruncated: boolean;
  ignoredColumns: string[];
}

interface Numbered {
  row: number;
  record: Record<string, unknown>;
}

/**
 * Imports supporters the organizer asserts consented (CSV streamed from the request, or JSON rows).
 * Rows are validated one by one and saved in batches, each batch in one transaction, through the
 * same dedupe rule as public forms; a bad row is reported and skipped, never half-saved. Imported
 * people are confirmed (`confirmedVia: import`) with a consent grant per purpose carrying the
 * asserted basis. An address erased at the person's request is refused (see the suppression list).
 */
@Injectable()
export class SupporterImportService {
  private readonly log = new Logger('supporters');

  constructor(
    private readonly prisma: PrismaService,
    private readonly cipher: PiiCipherService,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly upserts: SupporterUpsertService,
  ) {}

  /** Streams a CSV body: the header names the columns, `email` is required. */
  importCsv(
    organizerId: string,
    campaignId: string,
    body: AsyncIterable<Buffer | string>,
    options: ImportOptions,
  ): Promise<ImportReport> {
    const ignored: string[] = [];
    async function* records(): AsyncGenerator<Numbered> {
      let columns: (keyof ImportRow | null)[] | null = null;
      let n = 0;
      try {
        for await (const cells of parseCsv(body)) {
          // Our own exports open with an "Exported by" line (csvExportNotice): a file exported and
          // imported again reads from its header row.
          if (!columns && n === 0 && cells.length === 1 && cells[0].startsWith(EXPORT_NOTICE_START)) continue;
          if (!columns) {
            columns = cells.map(
              (h) =>
                HEADER_ALIASES[
                  h
                    .trim()
                    .toLowerCase()
                    .replace(/[\s_-]+/g, '')
                ] ?? null,
            );
            cells.forEach((h, i) => columns![i] === null && ignored.push(h.slice(0, 100)));
            if (!columns.includes('email'))
              throw Problem.field('(body)', 'the CSV header must have an email column', 'missing-column');
            const seen = columns.filter((c): c is keyof ImportRow => c !== null);
            const dup = seen.find((c, i) => seen.indexOf(c) !== i);
            if (dup) throw Problem.field('(body)', `the CSV header has two ${dup} columns`, 'duplicate-column');
            continue;
          }
          n++;
          const record: Record<string, unknown> = {};
          columns.forEach((c, i) => {
            if (c === null || cells[i] === undefined) return;
            record[c] =
              c === 'tags'
                ? cells[i]
                    .split(/[;|]/)
                    .map((t) => t.trim())
                    .filter(Boolean)
                : cells[i];
          });
          yield { row: n, record };
        }
      } catch (err) {
        if (err instanceof CsvError) throw Problem.field('(body)', `row ${err.row}: ${err.message}`, 'malformed-csv');
        throw err;
      }
      if (!columns)
        throw Problem.field(
          '(body)',
          'the CSV file is empty (it needs a header with an email column)',
          'missing-column',
        );
    }
    return this.run(organizerId, campaignId, records(), options, 'csv', ignored);
  }

  /** The same for JSON rows (integrations). */
  importRows(organizerId: string, campaignId: string, rows: unknown[], options: ImportOptions): Promise<ImportReport> {
    async function* records(): AsyncGenerator<Numbered> {
      let n = 0;
      for (const r of rows)
        yield { row: ++n, record: r !== null && typeof r === 'object' ? (r as Record<string, unknown>) : { email: r } };
    }
    return this.run(organizerId, campaignId, records(), options, 'json', []);
  }

  private async run(
    organizerId: string,
    campaignId: string,
    records: AsyncIterable<Numbered>,
    options: ImportOptions,
    format: 'csv' | 'json',
    ignoredColumns: string[],
  ): Promise<ImportReport> {
    const campaign = await this.campaigns.get(campaignId);
    const importId = uuidv7();
    const report: ImportReport = {
      importId,
      rows: 0,
      created: 0,
      updated: 0,
      failed: 0,
      errors: [],
      errorsTruncated: false,
      ignoredColumns,
    };
    const fail = (row: number, field: string, message: string) => {
      report.failed++;
      if (report.errors.length < MAX_ERRORS) report.errors.push({ row, field, message });
      else report.errorsTruncated = true;
    };

    let batch: { row: number; value: ImportRow }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const current = batch;
      batch = [];
      await this.saveBatch(campaignId, campaign.defaultLocale, importId, current, options, report, fail);
    };

    for await (const { row, record } of records) {
      report.rows++;
      // Text PostgreSQL cannot store (a NUL byte in the file) fails this row, not the import.
      const unstorable = unstorableText(record)[0];
      if (unstorable) {
        fail(row, unstorable.path, unstorable.message);
        continue;
      }
      const parsed = importRow.safeParse(record);
      if (!parsed.success) {
        const first = zodIssues(parsed.error)[0];
        fail(row, first.path, first.message);
        continue;
      }
      batch.push({ row, value: parsed.data });
      if (batch.length >= BATCH) await flush();
    }
    await flush();

    await this.audit.record(undefined, {
      campaignId,
      actor: { organizerId },
      action: 'supporters.imported',
      entityType: 'campaign',
      entityId: campaignId,
      details: {
        importId,
        format,
        rows: report.rows,
        created: report.created,
        updated: report.updated,
        failed: report.failed,
        purposes: options.purposes,
      },
    });
    return report;
  }

  private async saveBatch(
    campaignId: string,
    defaultLocale: string,
    importId: string,
    rows: { row: number; value: ImportRow }[],
    options: ImportOptions,
    report: ImportReport,
    fail: (row: number, field: string, message: string) => void,
  ): Promise<void> {
    const indexes = rows.map((r) => this.cipher.blindIndex(r.value.email));
    const suppressed = new Set(
      (
        await this.prisma.supporterSuppression.findMany({
          where: { campaignId, emailIndex: { in: indexes } },
          select: { emailIndex: true },
        })
      ).map((s) => s.emailIndex),
    );
    const kept = rows.filter(({ row }, i) => {
      if (!suppressed.has(indexes[i])) return true;
      fail(
        row,
        'email',
        'this person asked to be erased from the campaign; they can only rejoin by signing up themselves',
      );
      return false;
    });
    try {
      const results = await this.prisma.$transaction(
        (tx) =>
          this.upserts.upsert(
            tx,
            kept.map(({ value }) => ({
              campaignId,
              fields: { ...value, tags: [...(value.tags ?? []), ...options.tags], source: options.source ?? 'import' },
              defaultLocale,
              grants: options.purposes,
              consent: {
                textVersion: options.consentBasis,
                source: 'import',
                formId: `import:${importId}`,
                ipHash: null,
              },
            })),
            { confirmVia: 'import' },
          ),
        TX_BULK,
      );
      const created = results.filter((r) => r.created).length;
      report.created += created;
      report.updated += results.length - created;
    } catch (err) {
      // Nothing of this batch was saved (one transaction); report every row of it.
      this.log.error({ err, importId }, 'import batch failed');
      rows.forEach(
        ({ row }, i) =>
          suppressed.has(indexes[i]) || fail(row, '(row)', 'could not be saved; try importing this row again'),
      );
    }
  }
}
