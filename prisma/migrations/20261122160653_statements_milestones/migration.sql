-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('win', 'action', 'escalation', 'setback', 'report');

-- CreateEnum
CREATE TYPE "MilestoneOrigin" AS ENUM ('organizer', 'automatic');

-- CreateEnum
CREATE TYPE "StatementStatus" AS ENUM ('draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted');

-- CreateTable
CREATE TABLE "milestones" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "key" TEXT,
    "kind" "MilestoneKind" NOT NULL,
    "origin" "MilestoneOrigin" NOT NULL DEFAULT 'organizer',
    "source" TEXT,
    "occurred_on" DATE NOT NULL,
    "occurred_at" TIMESTAMPTZ(3),
    "sort_at" TIMESTAMPTZ(3) NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "description_html" TEXT NOT NULL DEFAULT '',
    "translations" JSONB NOT NULL DEFAULT '{}',
    "source_links" JSONB NOT NULL DEFAULT '[]',
    "statement_id" UUID,
    "notify" BOOLEAN NOT NULL DEFAULT false,
    "alert_version" INTEGER NOT NULL DEFAULT 0,
    "alerted_at" TIMESTAMPTZ(3),
    "alert_broadcast_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "StatementStatus" NOT NULL DEFAULT 'draft',
    "primary_locale" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by" UUID,
    "scheduled_for" TIMESTAMPTZ(3),
    "schedule_time_zone" TEXT,
    "schedule_version" INTEGER NOT NULL DEFAULT 0,
    "notify_on_publish" BOOLEAN NOT NULL DEFAULT true,
    "published_at" TIMESTAMPTZ(3),
    "published_by" UUID,
    "content_updated_at" TIMESTAMPTZ(3),
    "retracted_at" TIMESTAMPTZ(3),
    "retracted_by" UUID,
    "retraction_reason" TEXT,
    "alert_version" INTEGER NOT NULL DEFAULT 0,
    "alert_broadcast_ids" UUID[] DEFAULT ARRAY[]::UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_variants" (
    "id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "statement_variants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statement_revisions" (
    "id" UUID NOT NULL,
    "statement_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "author_id" UUID,
    "slug" TEXT NOT NULL,
    "primary_locale" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "changed_fields" TEXT[],
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "statement_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "milestones_campaign_id_sort_at_id_idx" ON "milestones"("campaign_id", "sort_at", "id");

-- CreateIndex
CREATE INDEX "milestones_campaign_id_created_at_idx" ON "milestones"("campaign_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "milestones_campaign_id_key_key" ON "milestones"("campaign_id", "key");

-- CreateIndex
CREATE INDEX "statements_campaign_id_status_published_at_id_idx" ON "statements"("campaign_id", "status", "published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "statements_status_scheduled_for_idx" ON "statements"("status", "scheduled_for");

-- CreateIndex
CREATE UNIQUE INDEX "statements_campaign_id_slug_key" ON "statements"("campaign_id", "slug");

-- CreateIndex
CREATE UNIQUE INDEX "statement_variants_statement_id_locale_key" ON "statement_variants"("statement_id", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "statement_revisions_statement_id_number_key" ON "statement_revisions"("statement_id", "number");

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_variants" ADD CONSTRAINT "statement_variants_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statement_revisions" ADD CONSTRAINT "statement_revisions_statement_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE ON UPDATE CASCADE;
