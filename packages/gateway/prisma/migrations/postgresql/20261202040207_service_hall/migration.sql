-- CreateTable
CREATE TABLE "ServiceHall" (
    "regionCode" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameBo" TEXT,

    CONSTRAINT "ServiceHall_pkey" PRIMARY KEY ("regionCode")
);

-- CreateTable
CREATE TABLE "HallDepartment" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "joinedOn" TEXT NOT NULL,

    CONSTRAINT "HallDepartment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallWindow" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "matterCodes" TEXT NOT NULL,

    CONSTRAINT "HallWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallWindowDepartment" (
    "windowId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,

    CONSTRAINT "HallWindowDepartment_pkey" PRIMARY KEY ("windowId","departmentId")
);

-- CreateTable
CREATE TABLE "HallAssistPoint" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,

    CONSTRAINT "HallAssistPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceMatter" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "validFrom" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT,
    "legalBasis" TEXT NOT NULL,
    "outputZh" TEXT NOT NULL,
    "outputEn" TEXT,
    "legalDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "maxTrips" INTEGER NOT NULL,
    "online" BOOLEAN NOT NULL,
    "documents" TEXT NOT NULL,
    "supplyDays" INTEGER NOT NULL,
    "assistLevels" TEXT NOT NULL,
    "doorToDoor" BOOLEAN NOT NULL,
    "freeSeals" BOOLEAN NOT NULL,
    "freePostage" BOOLEAN NOT NULL,
    "synthetic" BOOLEAN NOT NULL,

    CONSTRAINT "ServiceMatter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceApplication" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "windowId" TEXT,
    "channel" TEXT NOT NULL,
    "applicantPersonId" TEXT,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "supplementNoticeOn" TEXT,
    "acceptedOn" TEXT,
    "missingDocuments" TEXT NOT NULL,
    "supplyDueOn" TEXT,
    "commitmentDocuments" TEXT NOT NULL,
    "suspendedSince" TEXT,
    "suspensionReason" TEXT,
    "suspendedDays" INTEGER NOT NULL,
    "extensionDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "dueOn" TEXT,
    "dueProvisional" BOOLEAN NOT NULL,
    "decidedOn" TEXT,
    "completedOn" TEXT,
    "deliveredOn" TEXT,
    "deliveryMethod" TEXT,
    "refusedOn" TEXT,
    "withdrawnOn" TEXT,
    "trips" INTEGER NOT NULL,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HallVisit" (
    "id" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "windowId" TEXT NOT NULL,
    "ticket" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "calledAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL,
    "waitSeconds" INTEGER NOT NULL,
    "applicationId" TEXT,

    CONSTRAINT "HallVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceRating" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "hallRegionCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "bad" BOOLEAN NOT NULL,
    "ratedAt" TIMESTAMP(3) NOT NULL,
    "comment" TEXT,

    CONSTRAINT "ServiceRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rectification" (
    "id" TEXT NOT NULL,
    "ratingId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "openedOn" TEXT NOT NULL,
    "callbackDueOn" TEXT NOT NULL,
    "closeDueOn" TEXT NOT NULL,
    "calledBackOn" TEXT,
    "rectifiedOn" TEXT,
    "followUpLevel" TEXT,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rectification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HallDepartment_hallRegionCode_code_key" ON "HallDepartment"("hallRegionCode", "code");

-- CreateIndex
CREATE UNIQUE INDEX "HallWindow_hallRegionCode_number_key" ON "HallWindow"("hallRegionCode", "number");

-- CreateIndex
CREATE INDEX "HallWindowDepartment_departmentId_idx" ON "HallWindowDepartment"("departmentId");

-- CreateIndex
CREATE INDEX "HallAssistPoint_hallRegionCode_level_idx" ON "HallAssistPoint"("hallRegionCode", "level");

-- CreateIndex
CREATE INDEX "ServiceMatter_departmentId_idx" ON "ServiceMatter"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceMatter_hallRegionCode_code_version_key" ON "ServiceMatter"("hallRegionCode", "code", "version");

-- CreateIndex
CREATE INDEX "ServiceApplication_hallRegionCode_receivedAt_id_idx" ON "ServiceApplication"("hallRegionCode", "receivedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "ServiceApplication_hallRegionCode_acceptedOn_idx" ON "ServiceApplication"("hallRegionCode", "acceptedOn");

-- CreateIndex
CREATE INDEX "ServiceApplication_hallRegionCode_completedOn_idx" ON "ServiceApplication"("hallRegionCode", "completedOn");

-- CreateIndex
CREATE INDEX "ServiceApplication_hallRegionCode_refusedOn_idx" ON "ServiceApplication"("hallRegionCode", "refusedOn");

-- CreateIndex
CREATE INDEX "ServiceApplication_hallRegionCode_state_dueOn_idx" ON "ServiceApplication"("hallRegionCode", "state", "dueOn");

-- CreateIndex
CREATE INDEX "ServiceApplication_windowId_receivedAt_idx" ON "ServiceApplication"("windowId", "receivedAt");

-- CreateIndex
CREATE INDEX "ServiceApplication_matterId_receivedAt_idx" ON "ServiceApplication"("matterId", "receivedAt");

-- CreateIndex
CREATE INDEX "ServiceApplication_applicantPersonId_idx" ON "ServiceApplication"("applicantPersonId");

-- CreateIndex
CREATE UNIQUE INDEX "HallVisit_applicationId_key" ON "HallVisit"("applicationId");

-- CreateIndex
CREATE INDEX "HallVisit_hallRegionCode_issuedAt_id_idx" ON "HallVisit"("hallRegionCode", "issuedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "HallVisit_windowId_issuedAt_idx" ON "HallVisit"("windowId", "issuedAt");

-- CreateIndex
CREATE INDEX "HallVisit_hallRegionCode_waitSeconds_idx" ON "HallVisit"("hallRegionCode", "waitSeconds");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceRating_applicationId_key" ON "ServiceRating"("applicationId");

-- CreateIndex
CREATE INDEX "ServiceRating_hallRegionCode_ratedAt_idx" ON "ServiceRating"("hallRegionCode", "ratedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rectification_ratingId_key" ON "Rectification"("ratingId");

-- CreateIndex
CREATE INDEX "Rectification_state_closeDueOn_idx" ON "Rectification"("state", "closeDueOn");

-- AddForeignKey
ALTER TABLE "HallDepartment" ADD CONSTRAINT "HallDepartment_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallWindow" ADD CONSTRAINT "HallWindow_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallWindowDepartment" ADD CONSTRAINT "HallWindowDepartment_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "HallWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallWindowDepartment" ADD CONSTRAINT "HallWindowDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "HallDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallAssistPoint" ADD CONSTRAINT "HallAssistPoint_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMatter" ADD CONSTRAINT "ServiceMatter_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceMatter" ADD CONSTRAINT "ServiceMatter_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "HallDepartment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "ServiceMatter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceApplication" ADD CONSTRAINT "ServiceApplication_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "HallWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallVisit" ADD CONSTRAINT "HallVisit_hallRegionCode_fkey" FOREIGN KEY ("hallRegionCode") REFERENCES "ServiceHall"("regionCode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallVisit" ADD CONSTRAINT "HallVisit_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "HallWindow"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HallVisit" ADD CONSTRAINT "HallVisit_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRating" ADD CONSTRAINT "ServiceRating_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "ServiceApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rectification" ADD CONSTRAINT "Rectification_ratingId_fkey" FOREIGN KEY ("ratingId") REFERENCES "ServiceRating"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
