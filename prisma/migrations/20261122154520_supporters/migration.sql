-- CreateEnum
CREATE TYPE "SupporterStatus" AS ENUM ('pending', 'confirmed', 'erased');

-- CreateEnum
CREATE TYPE "SupporterUndeliverable" AS ENUM ('bounced', 'complained');

-- CreateEnum
CREATE TYPE "DigestFrequency" AS ENUM ('never', 'daily', 'weekly');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('updates', 'digests');

-- CreateEnum
CREATE TYPE "ConsentAction" AS ENUM ('granted', 'withdrawn', 'confirmed');

-- CreateTable
CREATE TABLE "supporters" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "email_index" TEXT,
    "email_enc" TEXT,
    "first_name_enc" TEXT,
    "last_name_enc" TEXT,
    "phone_enc" TEXT,
    "postal_code_enc" TEXT,
    "country" TEXT,
    "locale" TEXT NOT NULL,
    "status" "SupporterStatus" NOT NULL DEFAULT 'pending',
    "consent_updates" BOOLEAN NOT NULL DEFAULT false,
    "consent_digests" BOOLEAN NOT NULL DEFAULT false,
    "digest_frequency" "DigestFrequency" NOT NULL DEFAULT 'weekly',
    "digest_hour" INTEGER,
    "time_zone" TEXT,
    "unsubscribed_at" TIMESTAMPTZ(3),
    "undeliverable" "SupporterUndeliverable",
    "undeliverable_at" TIMESTAMPTZ(3),
    "source" TEXT,
    "utm_source" TEXT,
    "utm_medium" TEXT,
    "utm_campaign" TEXT,
    "utm_content" TEXT,
    "utm_term" TEXT,
    "referrer_host" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "confirmed_at" TIMESTAMPTZ(3),
    "confirmed_via" TEXT,
    "last_signup_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erased_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supporters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supporter_consents" (
    "id" UUID NOT NULL,
    "supporter_id" UUID NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "action" "ConsentAction" NOT NULL,
    "text_version" TEXT,
    "source" TEXT NOT NULL,
    "form_id" TEXT,
    "ip_hash" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supporter_consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supporter_suppressions" (
    "campaign_id" UUID NOT NULL,
    "email_index" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supporter_suppressions_pkey" PRIMARY KEY ("campaign_id","email_index")
);

-- CreateTable
CREATE TABLE "supporter_erasures" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "supporter_id" UUID NOT NULL,
    "requested_by" TEXT NOT NULL,
    "organizer_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supporter_erasures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "supporter_settings" (
    "campaign_id" UUID NOT NULL,
    "thank_you_url" TEXT,
    "confirmed_url" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "supporter_settings_pkey" PRIMARY KEY ("campaign_id")
);

-- CreateIndex
CREATE INDEX "supporters_email_index_idx" ON "supporters"("email_index");

-- CreateIndex
CREATE INDEX "supporters_campaign_id_created_at_idx" ON "supporters"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "supporters_campaign_id_status_id_idx" ON "supporters"("campaign_id", "status", "id");

-- CreateIndex
CREATE INDEX "supporters_status_last_signup_at_idx" ON "supporters"("status", "last_signup_at");

-- CreateIndex
CREATE INDEX "supporters_tags_idx" ON "supporters" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "supporters_campaign_id_email_index_key" ON "supporters"("campaign_id", "email_index");

-- CreateIndex
CREATE INDEX "supporter_consents_supporter_id_id_idx" ON "supporter_consents"("supporter_id", "id");

-- CreateIndex
CREATE INDEX "supporter_consents_created_at_idx" ON "supporter_consents"("created_at");

-- CreateIndex
CREATE INDEX "supporter_erasures_campaign_id_id_idx" ON "supporter_erasures"("campaign_id", "id");

-- AddForeignKey
ALTER TABLE "supporters" ADD CONSTRAINT "supporters_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supporter_consents" ADD CONSTRAINT "supporter_consents_supporter_id_fkey" FOREIGN KEY ("supporter_id") REFERENCES "supporters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supporter_suppressions" ADD CONSTRAINT "supporter_suppressions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supporter_erasures" ADD CONSTRAINT "supporter_erasures_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supporter_settings" ADD CONSTRAINT "supporter_settings_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
