-- AlterTable
ALTER TABLE "mail_messages" ADD COLUMN     "claimed_by" INTEGER,
ADD COLUMN     "resent_at" TIMESTAMPTZ(3);
