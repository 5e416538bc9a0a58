-- AlterTable
ALTER TABLE "mail_broadcasts" ADD COLUMN     "scheduled_at" TIMESTAMPTZ(3);
