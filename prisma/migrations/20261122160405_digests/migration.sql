-- CreateEnum
CREATE TYPE "DigestPeriodKind" AS ENUM ('daily', 'weekly');

-- CreateEnum
CREATE TYPE "DigestStatus" AS ENUM ('queued', 'empty', 'sent', 'suppressed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "DigestRunStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateTable
CREATE TABLE "digest_settings" (
    "campaign_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "enabled_at" TIMESTAMPTZ(3),
    "default_hour" SMALLINT NOT NULL DEFAULT 8,
    "weekly_day" SMALLINT NOT NULL DEFAULT 1,
    "max_items_per_section" SMALLINT NOT NULL DEFAULT 5,
    "include_events" BOOLEAN NOT NULL DEFAULT true,
    "include_petitions" BOOLEAN NOT NULL DEFAULT true,
    "updated_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "digest_settings_pkey" PRIMARY KEY ("campaign_id")
);

-- CreateTable
CREATE TABLE "digest_states" (
    "supporter_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "schedule" TEXT NOT NULL,
    "schedule_since" TIMESTAMPTZ(3) NOT NULL,
    "last_period_key" TEXT,
    "last_due_at" TIMESTAMPTZ(3),
    "last_digest_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_states_pkey" PRIMARY KEY ("supporter_id")
);

-- CreateTable
CREATE TABLE "digests" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "supporter_id" UUID NOT NULL,
    "run_id" UUID NOT NULL,
    "kind" "DigestPeriodKind" NOT NULL,
    "period_key" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "cutoff" TIMESTAMPTZ(3) NOT NULL,
    "status" "DigestStatus" NOT NULL,
    "mail_key" TEXT,
    "statements" SMALLINT NOT NULL DEFAULT 0,
    "milestones" SMALLINT NOT NULL DEFAULT 0,
    "events" SMALLINT NOT NULL DEFAULT 0,
    "petitions" SMALLINT NOT NULL DEFAULT 0,
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "digest_runs" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "tick_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "DigestRunStatus" NOT NULL DEFAULT 'running',
    "subscribers" INTEGER NOT NULL DEFAULT 0,
    "due" INTEGER NOT NULL DEFAULT 0,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "skipped_empty" INTEGER NOT NULL DEFAULT 0,
    "duplicates" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,
    "suppressed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "cancelled" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "digest_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "digest_states_campaign_id_supporter_id_idx" ON "digest_states"("campaign_id", "supporter_id");

-- CreateIndex
CREATE INDEX "digests_run_id_status_idx" ON "digests"("run_id", "status");

-- CreateIndex
CREATE INDEX "digests_status_id_idx" ON "digests"("status", "id");

-- CreateIndex
CREATE INDEX "digests_campaign_id_supporter_id_id_idx" ON "digests"("campaign_id", "supporter_id", "id");

-- CreateIndex
CREATE INDEX "digests_created_at_idx" ON "digests"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "digests_supporter_id_period_key_key" ON "digests"("supporter_id", "period_key");

-- CreateIndex
CREATE UNIQUE INDEX "digest_runs_key_key" ON "digest_runs"("key");

-- CreateIndex
CREATE INDEX "digest_runs_campaign_id_id_idx" ON "digest_runs"("campaign_id", "id");

-- AddForeignKey
ALTER TABLE "digest_settings" ADD CONSTRAINT "digest_settings_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_states" ADD CONSTRAINT "digest_states_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digests" ADD CONSTRAINT "digests_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
