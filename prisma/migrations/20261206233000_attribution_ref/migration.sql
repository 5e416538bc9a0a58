-- ?ref= referral codes, stored beside source (docs/decisions/referral-codes.md).
-- AlterTable
ALTER TABLE "petition_signatures" ADD COLUMN     "ref" TEXT;

-- AlterTable
ALTER TABLE "event_rsvps" ADD COLUMN     "ref" TEXT;

-- AlterTable
ALTER TABLE "supporters" ADD COLUMN     "ref" TEXT;
