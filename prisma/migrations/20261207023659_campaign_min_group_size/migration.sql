-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "min_group_size" INTEGER NOT NULL DEFAULT 5;

-- k-suppression: below 2 would name single people (src/common/small-groups.ts).
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_min_group_size_check" CHECK ("min_group_size" BETWEEN 2 AND 100);
