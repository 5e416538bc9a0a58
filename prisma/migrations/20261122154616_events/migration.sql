-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('scheduled', 'cancelled', 'completed');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('public', 'unlisted', 'private');

-- CreateEnum
CREATE TYPE "EventRsvpStatus" AS ENUM ('confirmed', 'waitlisted', 'cancelled');

-- CreateEnum
CREATE TYPE "EventAttendance" AS ENUM ('attended', 'no_show');

-- CreateTable
CREATE TABLE "events" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "location_name" TEXT,
    "address" TEXT,
    "locality" TEXT,
    "region" TEXT,
    "postal_code" TEXT,
    "country" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "online_url" TEXT,
    "visibility" "EventVisibility" NOT NULL DEFAULT 'public',
    "capacity" INTEGER,
    "waitlist_enabled" BOOLEAN NOT NULL DEFAULT false,
    "max_guests" INTEGER NOT NULL DEFAULT 0,
    "rsvp_deadline" TIMESTAMPTZ(3),
    "status" "EventStatus" NOT NULL DEFAULT 'scheduled',
    "cancel_reason" TEXT,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "contact_phone" TEXT,
    "contact_public" BOOLEAN NOT NULL DEFAULT false,
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "schedule_version" INTEGER NOT NULL DEFAULT 1,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_rsvps" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "supporter_id" UUID NOT NULL,
    "status" "EventRsvpStatus" NOT NULL,
    "guests" INTEGER NOT NULL DEFAULT 0,
    "waitlisted_at" TIMESTAMPTZ(3),
    "confirmed_at" TIMESTAMPTZ(3),
    "cancelled_at" TIMESTAMPTZ(3),
    "cancelled_by" TEXT,
    "attendance" "EventAttendance",
    "checked_in_at" TIMESTAMPTZ(3),
    "checked_in_by" UUID,
    "source" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "event_rsvps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_staff" (
    "event_id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "added_by" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "event_staff_pkey" PRIMARY KEY ("event_id","organizer_id")
);

-- CreateIndex
CREATE INDEX "events_campaign_id_starts_at_idx" ON "events"("campaign_id", "starts_at");

-- CreateIndex
CREATE INDEX "events_status_ends_at_idx" ON "events"("status", "ends_at");

-- CreateIndex
CREATE UNIQUE INDEX "events_campaign_id_slug_key" ON "events"("campaign_id", "slug");

-- CreateIndex
CREATE INDEX "event_rsvps_event_id_status_waitlisted_at_idx" ON "event_rsvps"("event_id", "status", "waitlisted_at");

-- CreateIndex
CREATE INDEX "event_rsvps_supporter_id_idx" ON "event_rsvps"("supporter_id");

-- CreateIndex
CREATE UNIQUE INDEX "event_rsvps_event_id_supporter_id_key" ON "event_rsvps"("event_id", "supporter_id");

-- CreateIndex
CREATE INDEX "event_staff_organizer_id_idx" ON "event_staff"("organizer_id");

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_rsvps" ADD CONSTRAINT "event_rsvps_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_staff" ADD CONSTRAINT "event_staff_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
