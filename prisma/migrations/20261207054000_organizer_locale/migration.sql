-- AlterTable
ALTER TABLE "organizers" ADD COLUMN     "locale" TEXT;
