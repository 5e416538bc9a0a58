-- AlterTable
ALTER TABLE "supporter_settings" ADD COLUMN     "privacy_contact" TEXT;
