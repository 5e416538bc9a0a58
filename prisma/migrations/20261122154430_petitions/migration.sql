-- CreateEnum
CREATE TYPE "PetitionStatus" AS ENUM ('draft', 'open', 'closed', 'delivered');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('pending', 'confirmed', 'invalidated');

-- CreateTable
CREATE TABLE "petitions" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body_markdown" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "goal" INTEGER,
    "thresholds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "status" "PetitionStatus" NOT NULL DEFAULT 'draft',
    "closes_at" TIMESTAMPTZ(3),
    "opened_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "delivered_at" TIMESTAMPTZ(3),
    "delivery_note" TEXT,
    "archived_at" TIMESTAMPTZ(3),
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "petitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_locales" (
    "petition_id" UUID NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body_markdown" TEXT NOT NULL,
    "body_html" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "petition_locales_pkey" PRIMARY KEY ("petition_id","locale")
);

-- CreateTable
CREATE TABLE "petition_signatures" (
    "id" UUID NOT NULL,
    "petition_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "supporter_id" UUID NOT NULL,
    "status" "SignatureStatus" NOT NULL DEFAULT 'pending',
    "is_public" BOOLEAN NOT NULL DEFAULT false,
    "display_name" TEXT,
    "comment" TEXT,
    "locale" TEXT NOT NULL,
    "source" TEXT,
    "country" TEXT,
    "postal_prefix" TEXT,
    "email_domain" TEXT,
    "ip_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmed_at" TIMESTAMPTZ(3),
    "invalidated_at" TIMESTAMPTZ(3),
    "invalid_reason" TEXT,
    "invalidated_by" UUID,

    CONSTRAINT "petition_signatures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_counts" (
    "petition_id" UUID NOT NULL,
    "confirmed" INTEGER NOT NULL DEFAULT 0,
    "last_threshold" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_counts_pkey" PRIMARY KEY ("petition_id")
);

-- CreateTable
CREATE TABLE "petition_count_deltas" (
    "id" BIGSERIAL NOT NULL,
    "petition_id" UUID NOT NULL,
    "delta" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_count_deltas_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "petitions_campaign_id_slug_key" ON "petitions"("campaign_id", "slug");

-- CreateIndex
CREATE INDEX "petition_signatures_petition_id_id_idx" ON "petition_signatures"("petition_id", "id");

-- CreateIndex
CREATE INDEX "petition_signatures_petition_id_confirmed_at_idx" ON "petition_signatures"("petition_id", "confirmed_at");

-- CreateIndex
CREATE INDEX "petition_signatures_supporter_id_idx" ON "petition_signatures"("supporter_id");

-- CreateIndex
CREATE UNIQUE INDEX "petition_signatures_petition_id_supporter_id_key" ON "petition_signatures"("petition_id", "supporter_id");

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_locales" ADD CONSTRAINT "petition_locales_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_counts" ADD CONSTRAINT "petition_counts_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
