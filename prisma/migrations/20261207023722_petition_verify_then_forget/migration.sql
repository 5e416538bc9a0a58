-- AlterTable
ALTER TABLE "petition_signatures" ADD COLUMN     "pending_enc" TEXT,
ADD COLUMN     "signer_key" TEXT,
ALTER COLUMN "supporter_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "petitions" ADD COLUMN     "verify_then_forget" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "petition_signatures_petition_id_signer_key_key" ON "petition_signatures"("petition_id", "signer_key");
