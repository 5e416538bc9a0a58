-- CreateEnum
CREATE TYPE "CampaignShutdownStatus" AS ENUM ('scheduled', 'cancelled', 'completed');

-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "shut_down_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "event_rsvps" ADD COLUMN     "anonymized_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "petition_signatures" ADD COLUMN     "anonymized_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "retention_policies" (
    "campaign_id" UUID NOT NULL,
    "signer_months" INTEGER NOT NULL DEFAULT 6,
    "rsvp_days" INTEGER NOT NULL DEFAULT 30,
    "audit_months" INTEGER NOT NULL DEFAULT 12,
    "updated_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "retention_policies_pkey" PRIMARY KEY ("campaign_id")
);

-- CreateTable
CREATE TABLE "campaign_shutdowns" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "status" "CampaignShutdownStatus" NOT NULL DEFAULT 'scheduled',
    "requested_by" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_by" UUID,
    "cancelled_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "result" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_shutdowns_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "campaign_shutdowns_campaign_id_created_at_idx" ON "campaign_shutdowns"("campaign_id", "created_at");

-- CreateIndex
CREATE INDEX "campaign_shutdowns_status_due_at_idx" ON "campaign_shutdowns"("status", "due_at");

-- AddForeignKey
ALTER TABLE "retention_policies" ADD CONSTRAINT "retention_policies_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_shutdowns" ADD CONSTRAINT "campaign_shutdowns_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
