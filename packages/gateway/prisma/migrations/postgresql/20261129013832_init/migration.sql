-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "parentCode" TEXT,
    "nameZh" TEXT NOT NULL,
    "nameBo" TEXT,
    "nameEn" TEXT,
    "namePinyin" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "revision" TEXT NOT NULL,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameBo" TEXT,
    "namePinyin" TEXT NOT NULL,
    "nameInitials" TEXT NOT NULL,
    "citizenId" TEXT NOT NULL,
    "citizenIdLast4" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birthDate" TEXT NOT NULL,
    "ethnicity" TEXT NOT NULL,
    "phone" TEXT,
    "homeRegionCode" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditRecord" (
    "id" SERIAL NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorPersonId" TEXT,
    "grantRole" TEXT NOT NULL,
    "grantRegionCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "operationName" TEXT,
    "requestId" TEXT,

    CONSTRAINT "AuditRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FixtureLoad" (
    "name" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "version" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FixtureLoad_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "Region_parentCode_code_idx" ON "Region"("parentCode", "code");

-- CreateIndex
CREATE INDEX "Region_level_code_idx" ON "Region"("level", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Person_citizenId_key" ON "Person"("citizenId");

-- CreateIndex
CREATE INDEX "Person_homeRegionCode_namePinyin_id_idx" ON "Person"("homeRegionCode", "namePinyin", "id");

-- CreateIndex
CREATE INDEX "Person_namePinyin_id_idx" ON "Person"("namePinyin", "id");

-- CreateIndex
CREATE INDEX "Person_citizenIdLast4_idx" ON "Person"("citizenIdLast4");

-- CreateIndex
CREATE INDEX "AuditRecord_occurredAt_id_idx" ON "AuditRecord"("occurredAt", "id");

-- CreateIndex
CREATE INDEX "AuditRecord_subjectType_subjectId_occurredAt_idx" ON "AuditRecord"("subjectType", "subjectId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditRecord_actorSubject_occurredAt_idx" ON "AuditRecord"("actorSubject", "occurredAt");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_homeRegionCode_fkey" FOREIGN KEY ("homeRegionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
