-- CreateEnum
CREATE TYPE "ApiTokenAccess" AS ENUM ('read', 'write');

-- CreateEnum
CREATE TYPE "AuthLinkPurpose" AS ENUM ('sign_in', 'password_reset');

-- AlterTable
ALTER TABLE "api_tokens" ADD COLUMN     "access" "ApiTokenAccess" NOT NULL DEFAULT 'write',
ADD COLUMN     "campaign_id" UUID;

-- AlterTable
ALTER TABLE "sessions" ADD COLUMN     "device_hash" TEXT,
ADD COLUMN     "user_agent" TEXT;

-- CreateTable
CREATE TABLE "auth_links" (
    "id" UUID NOT NULL,
    "organizer_id" UUID NOT NULL,
    "purpose" "AuthLinkPurpose" NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "auth_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "auth_links_token_hash_key" ON "auth_links"("token_hash");

-- CreateIndex
CREATE INDEX "auth_links_organizer_id_idx" ON "auth_links"("organizer_id");

-- AddForeignKey
ALTER TABLE "auth_links" ADD CONSTRAINT "auth_links_organizer_id_fkey" FOREIGN KEY ("organizer_id") REFERENCES "organizers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
