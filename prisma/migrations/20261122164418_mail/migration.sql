-- CreateEnum
CREATE TYPE "MailCategory" AS ENUM ('transactional', 'campaign');

-- CreateEnum
CREATE TYPE "MailState" AS ENUM ('queued', 'enqueued', 'paused', 'sending', 'sent', 'failed', 'suppressed', 'cancelled');

-- CreateEnum
CREATE TYPE "BroadcastStatus" AS ENUM ('draft', 'running', 'paused', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "SuppressionReason" AS ENUM ('bounced', 'complained', 'manual');

-- CreateTable
CREATE TABLE "mail_messages" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "category" "MailCategory" NOT NULL,
    "campaign_id" UUID,
    "broadcast_id" UUID,
    "supporter_id" UUID,
    "address_enc" TEXT,
    "address_index" TEXT,
    "locale" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "secret_data" TEXT,
    "state" "MailState" NOT NULL DEFAULT 'queued',
    "priority" SMALLINT NOT NULL DEFAULT 5,
    "send_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "enqueued_at" TIMESTAMPTZ(3),
    "claimed_at" TIMESTAMPTZ(3),
    "handed_over_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "unconfirmed" BOOLEAN NOT NULL DEFAULT false,
    "smtp_message_id" TEXT,
    "smtp_response" TEXT,
    "last_error" TEXT,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_broadcasts" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "locale" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "filter" JSONB NOT NULL DEFAULT '{}',
    "status" "BroadcastStatus" NOT NULL DEFAULT 'draft',
    "created_by" UUID,
    "audience_count" INTEGER,
    "expand_cursor" UUID,
    "expanded_count" INTEGER NOT NULL DEFAULT 0,
    "expanded_at" TIMESTAMPTZ(3),
    "started_at" TIMESTAMPTZ(3),
    "paused_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "mail_broadcasts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_suppressions" (
    "id" UUID NOT NULL,
    "address_index" TEXT NOT NULL,
    "reason" "SuppressionReason" NOT NULL,
    "source" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_suppressions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mail_events" (
    "id" UUID NOT NULL,
    "event_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "bounce_type" TEXT,
    "message_id" UUID,
    "campaign_id" UUID,
    "address_index" TEXT NOT NULL,
    "diagnostic" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mail_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "mail_messages_key_key" ON "mail_messages"("key");

-- CreateIndex
CREATE INDEX "mail_messages_state_priority_send_at_idx" ON "mail_messages"("state", "priority", "send_at");

-- CreateIndex
CREATE INDEX "mail_messages_broadcast_id_state_idx" ON "mail_messages"("broadcast_id", "state");

-- CreateIndex
CREATE INDEX "mail_messages_campaign_id_state_id_idx" ON "mail_messages"("campaign_id", "state", "id");

-- CreateIndex
CREATE INDEX "mail_messages_campaign_id_id_idx" ON "mail_messages"("campaign_id", "id");

-- CreateIndex
CREATE INDEX "mail_messages_supporter_id_id_idx" ON "mail_messages"("supporter_id", "id");

-- CreateIndex
CREATE UNIQUE INDEX "mail_broadcasts_key_key" ON "mail_broadcasts"("key");

-- CreateIndex
CREATE INDEX "mail_broadcasts_campaign_id_id_idx" ON "mail_broadcasts"("campaign_id", "id");

-- CreateIndex
CREATE INDEX "mail_broadcasts_status_idx" ON "mail_broadcasts"("status");

-- CreateIndex
CREATE UNIQUE INDEX "mail_suppressions_address_index_reason_key" ON "mail_suppressions"("address_index", "reason");

-- CreateIndex
CREATE UNIQUE INDEX "mail_events_event_id_key" ON "mail_events"("event_id");

-- CreateIndex
CREATE INDEX "mail_events_message_id_idx" ON "mail_events"("message_id");

-- CreateIndex
CREATE INDEX "mail_events_campaign_id_id_idx" ON "mail_events"("campaign_id", "id");

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_messages" ADD CONSTRAINT "mail_messages_broadcast_id_fkey" FOREIGN KEY ("broadcast_id") REFERENCES "mail_broadcasts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mail_broadcasts" ADD CONSTRAINT "mail_broadcasts_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
