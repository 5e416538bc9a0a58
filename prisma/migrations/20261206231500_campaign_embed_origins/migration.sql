-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "embed_origins" TEXT[] DEFAULT ARRAY[]::TEXT[];
