-- The CHECK added with min_group_size is not something schema.prisma can describe, so the
-- migrated database would differ from the schema (test/e2e/migrations.e2e.test.ts). The API
-- validates minGroupSize (2 to 100) on PATCH /campaigns/:id instead.
ALTER TABLE "campaigns" DROP CONSTRAINT IF EXISTS "campaigns_min_group_size_check";
