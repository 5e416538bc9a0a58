-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "mail_safety_note" JSONB,
ADD COLUMN     "targeted_organizations" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "supporters" ADD COLUMN     "signal_username_enc" TEXT;
