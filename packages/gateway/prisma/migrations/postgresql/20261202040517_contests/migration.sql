-- CreateTable
CREATE TABLE "ContestEdition" (
    "number" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL,

    CONSTRAINT "ContestEdition_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "ContestEvent" (
    "id" TEXT NOT NULL,
    "editionNumber" INTEGER NOT NULL,
    "itemCode" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "audience" INTEGER NOT NULL,
    "reportedEntrants" INTEGER,
    "status" TEXT NOT NULL,

    CONSTRAINT "ContestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestJudge" (
    "eventId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,

    CONSTRAINT "ContestJudge_pkey" PRIMARY KEY ("eventId","judgeId")
);

-- CreateTable
CREATE TABLE "ContestEntry" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "teamName" TEXT,
    "contestNumber" TEXT NOT NULL,
    "stationNumber" INTEGER NOT NULL,
    "workNumber" TEXT NOT NULL,
    "completionSeconds" INTEGER,
    "practicalScore" INTEGER,
    "theoryScore" INTEGER,
    "measured" INTEGER,
    "advancedFromId" TEXT,

    CONSTRAINT "ContestEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestEntrant" (
    "entryId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ContestEntrant_pkey" PRIMARY KEY ("entryId","personId")
);

-- CreateTable
CREATE TABLE "ContestMark" (
    "entryId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "judgeId" TEXT NOT NULL,
    "aspectCode" TEXT NOT NULL DEFAULT '',
    "value" INTEGER NOT NULL,

    CONSTRAINT "ContestMark_pkey" PRIMARY KEY ("entryId","judgeId","aspectCode")
);

-- CreateTable
CREATE TABLE "ContestOutcome" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "editionNumber" INTEGER NOT NULL,
    "itemCode" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "personId" TEXT,
    "people" INTEGER NOT NULL,
    "incomeFen" INTEGER NOT NULL,

    CONSTRAINT "ContestOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CulturalResource" (
    "id" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,

    CONSTRAINT "CulturalResource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeritageBearer" (
    "personId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,

    CONSTRAINT "HeritageBearer_pkey" PRIMARY KEY ("personId","resourceId")
);

-- CreateTable
CREATE TABLE "HeritageProduct" (
    "id" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "bearerPersonId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "revenueFen" INTEGER NOT NULL,
    "jobs" INTEGER NOT NULL,

    CONSTRAINT "HeritageProduct_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContestEdition_year_key" ON "ContestEdition"("year");

-- CreateIndex
CREATE INDEX "ContestEvent_editionNumber_level_regionCode_id_idx" ON "ContestEvent"("editionNumber", "level", "regionCode", "id");

-- CreateIndex
CREATE INDEX "ContestEvent_itemCode_editionNumber_level_idx" ON "ContestEvent"("itemCode", "editionNumber", "level");

-- CreateIndex
CREATE INDEX "ContestEvent_regionCode_editionNumber_idx" ON "ContestEvent"("regionCode", "editionNumber");

-- CreateIndex
CREATE INDEX "ContestJudge_judgeId_idx" ON "ContestJudge"("judgeId");

-- CreateIndex
CREATE INDEX "ContestEntry_eventId_id_idx" ON "ContestEntry"("eventId", "id");

-- CreateIndex
CREATE INDEX "ContestEntry_advancedFromId_idx" ON "ContestEntry"("advancedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_eventId_workNumber_key" ON "ContestEntry"("eventId", "workNumber");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntry_eventId_contestNumber_key" ON "ContestEntry"("eventId", "contestNumber");

-- CreateIndex
CREATE INDEX "ContestEntrant_personId_idx" ON "ContestEntrant"("personId");

-- CreateIndex
CREATE INDEX "ContestMark_eventId_idx" ON "ContestMark"("eventId");

-- CreateIndex
CREATE INDEX "ContestOutcome_regionCode_editionNumber_kind_idx" ON "ContestOutcome"("regionCode", "editionNumber", "kind");

-- CreateIndex
CREATE INDEX "ContestOutcome_editionNumber_kind_idx" ON "ContestOutcome"("editionNumber", "kind");

-- CreateIndex
CREATE INDEX "CulturalResource_regionCode_id_idx" ON "CulturalResource"("regionCode", "id");

-- CreateIndex
CREATE INDEX "HeritageBearer_resourceId_idx" ON "HeritageBearer"("resourceId");

-- CreateIndex
CREATE INDEX "HeritageProduct_resourceId_idx" ON "HeritageProduct"("resourceId");

-- AddForeignKey
ALTER TABLE "ContestEvent" ADD CONSTRAINT "ContestEvent_editionNumber_fkey" FOREIGN KEY ("editionNumber") REFERENCES "ContestEdition"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestJudge" ADD CONSTRAINT "ContestJudge_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ContestEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntry" ADD CONSTRAINT "ContestEntry_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ContestEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntrant" ADD CONSTRAINT "ContestEntrant_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ContestEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestMark" ADD CONSTRAINT "ContestMark_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ContestEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeritageBearer" ADD CONSTRAINT "HeritageBearer_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "CulturalResource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeritageProduct" ADD CONSTRAINT "HeritageProduct_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "CulturalResource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
