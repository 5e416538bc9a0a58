-- CreateTable
CREATE TABLE "osdi_identifiers" (
    "id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "resource_type" TEXT NOT NULL,
    "resource_id" UUID NOT NULL,
    "identifier" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "osdi_identifiers_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "osdi_identifiers_resource_type_resource_id_idx" ON "osdi_identifiers"("resource_type", "resource_id");

-- CreateIndex
CREATE UNIQUE INDEX "osdi_identifiers_campaign_id_resource_type_identifier_key" ON "osdi_identifiers"("campaign_id", "resource_type", "identifier");

-- CreateIndex
CREATE INDEX "supporters_campaign_id_updated_at_id_idx" ON "supporters"("campaign_id", "updated_at", "id");

-- AddForeignKey
ALTER TABLE "osdi_identifiers" ADD CONSTRAINT "osdi_identifiers_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;
