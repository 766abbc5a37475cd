-- CreateTable
CREATE TABLE "PointsCatalogue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "villageCode" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PointRuleItem" (
    "catalogueId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "catalogueVersion" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "points" INTEGER NOT NULL,

    PRIMARY KEY ("catalogueId", "code"),
    CONSTRAINT "PointRuleItem_catalogueId_fkey" FOREIGN KEY ("catalogueId") REFERENCES "PointsCatalogue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PointsShopItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "villageCode" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "labelZh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "price" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "PointEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "householdId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "itemCode" TEXT,
    "catalogueVersion" INTEGER,
    "note" TEXT,
    "shopItemCode" TEXT,
    "quantity" INTEGER,
    "correctsEventId" TEXT,
    "reason" TEXT
);

-- CreateTable
CREATE TABLE "KeySite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CameraPoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deviceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siteCategory" TEXT NOT NULL,
    "siteId" TEXT,
    "gridCode" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "CameraPoint_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "KeySite" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolvedCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "solvedOn" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "SolvedCaseCamera" (
    "caseId" TEXT NOT NULL,
    "cameraPointId" TEXT NOT NULL,

    PRIMARY KEY ("caseId", "cameraPointId"),
    CONSTRAINT "SolvedCaseCamera_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "SolvedCase" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SolvedCaseCamera_cameraPointId_fkey" FOREIGN KEY ("cameraPointId") REFERENCES "CameraPoint" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PointsCatalogue_villageCode_version_key" ON "PointsCatalogue"("villageCode", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PointsShopItem_villageCode_code_key" ON "PointsShopItem"("villageCode", "code");

-- CreateIndex
CREATE INDEX "PointEvent_householdId_occurredOn_id_idx" ON "PointEvent"("householdId", "occurredOn", "id");

-- CreateIndex
CREATE INDEX "PointEvent_villageCode_occurredOn_idx" ON "PointEvent"("villageCode", "occurredOn");

-- CreateIndex
CREATE INDEX "KeySite_gridCode_category_idx" ON "KeySite"("gridCode", "category");

-- CreateIndex
CREATE UNIQUE INDEX "CameraPoint_deviceId_key" ON "CameraPoint"("deviceId");

-- CreateIndex
CREATE INDEX "CameraPoint_gridCode_status_idx" ON "CameraPoint"("gridCode", "status");

-- CreateIndex
CREATE INDEX "CameraPoint_siteId_idx" ON "CameraPoint"("siteId");

-- CreateIndex
CREATE INDEX "SolvedCase_gridCode_solvedOn_idx" ON "SolvedCase"("gridCode", "solvedOn");

-- CreateIndex
CREATE INDEX "SolvedCaseCamera_cameraPointId_idx" ON "SolvedCaseCamera"("cameraPointId");
