-- CreateTable
CREATE TABLE "PartyOrganisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "regionCode" TEXT NOT NULL,
    "gridCode" TEXT,
    "unitCount" INTEGER NOT NULL,
    "committeeSize" INTEGER NOT NULL,
    "termStartedOn" TEXT NOT NULL,
    CONSTRAINT "PartyOrganisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "PartyOrganisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "groupId" TEXT,
    "name" TEXT NOT NULL,
    "personId" TEXT,
    "regionCode" TEXT NOT NULL,
    "appliedOn" TEXT NOT NULL,
    "activistOn" TEXT,
    "targetOn" TEXT,
    "admittedOn" TEXT,
    "probationExtensionMonths" INTEGER NOT NULL,
    "confirmedOn" TEXT,
    "leftOn" TEXT,
    CONSTRAINT "PartyMember_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PartyOrganisation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "entitled" INTEGER NOT NULL,
    "present" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    CONSTRAINT "PartyMeeting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "PartyOrganisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WorkTeam" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "stationKind" TEXT NOT NULL,
    "branchId" TEXT NOT NULL,
    "ledgers" INTEGER NOT NULL,
    "chatGroups" INTEGER NOT NULL,
    CONSTRAINT "WorkTeam_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "PartyOrganisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StationedCadre" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sendingUnit" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "stationing" TEXT NOT NULL,
    "fromDate" TEXT NOT NULL,
    "untilDate" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    CONSTRAINT "StationedCadre_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "WorkTeam" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CadrePresence" (
    "cadreId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "days" TEXT NOT NULL,
    "presentDays" INTEGER NOT NULL,
    "nightsAway" INTEGER NOT NULL,
    "leaveDays" INTEGER NOT NULL,
    "absentDays" INTEGER NOT NULL,
    "reasons" TEXT NOT NULL,
    "flagged" BOOLEAN NOT NULL,

    PRIMARY KEY ("cadreId", "month"),
    CONSTRAINT "CadrePresence_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "StationedCadre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RecallCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cadreId" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "openedOn" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "decidedOn" TEXT,
    "referredOn" TEXT,
    "talkOn" TEXT,
    "talkWith" TEXT,
    "sendingUnitNotifiedOn" TEXT,
    "replacementDueOn" TEXT,
    "replacementCadreId" TEXT,
    "version" INTEGER NOT NULL,
    CONSTRAINT "RecallCase_cadreId_fkey" FOREIGN KEY ("cadreId") REFERENCES "StationedCadre" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoBuildingActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "villageCode" TEXT NOT NULL,
    "heldOn" TEXT NOT NULL,
    "participants" INTEGER NOT NULL,
    "totalValueFen" BIGINT NOT NULL
);

-- CreateTable
CREATE TABLE "CoBuildingPartner" (
    "activityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    PRIMARY KEY ("activityId", "position"),
    CONSTRAINT "CoBuildingPartner_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "CoBuildingActivity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoBuildingGoods" (
    "activityId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "valueFen" BIGINT NOT NULL,

    PRIMARY KEY ("activityId", "position"),
    CONSTRAINT "CoBuildingGoods_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "CoBuildingActivity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartyGridTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "branchId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "information" TEXT NOT NULL,
    "gatheredOn" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "assigneeId" TEXT,
    "assignedOn" TEXT,
    "result" TEXT,
    "fedBackOn" TEXT,
    "matterId" TEXT,
    "version" INTEGER NOT NULL,
    CONSTRAINT "PartyGridTask_branchId_fkey" FOREIGN KEY ("branchId") REFERENCES "PartyOrganisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PartyGridTask_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "PartyMember" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PartyOrganisation_regionCode_kind_id_idx" ON "PartyOrganisation"("regionCode", "kind", "id");

-- CreateIndex
CREATE INDEX "PartyOrganisation_parentId_id_idx" ON "PartyOrganisation"("parentId", "id");

-- CreateIndex
CREATE INDEX "PartyOrganisation_gridCode_idx" ON "PartyOrganisation"("gridCode");

-- CreateIndex
CREATE INDEX "PartyMember_organisationId_id_idx" ON "PartyMember"("organisationId", "id");

-- CreateIndex
CREATE INDEX "PartyMember_groupId_id_idx" ON "PartyMember"("groupId", "id");

-- CreateIndex
CREATE INDEX "PartyMember_regionCode_confirmedOn_idx" ON "PartyMember"("regionCode", "confirmedOn");

-- CreateIndex
CREATE INDEX "PartyMeeting_organisationId_heldOn_id_idx" ON "PartyMeeting"("organisationId", "heldOn", "id");

-- CreateIndex
CREATE INDEX "WorkTeam_villageCode_id_idx" ON "WorkTeam"("villageCode", "id");

-- CreateIndex
CREATE INDEX "WorkTeam_branchId_idx" ON "WorkTeam"("branchId");

-- CreateIndex
CREATE INDEX "StationedCadre_villageCode_status_id_idx" ON "StationedCadre"("villageCode", "status", "id");

-- CreateIndex
CREATE INDEX "StationedCadre_teamId_id_idx" ON "StationedCadre"("teamId", "id");

-- CreateIndex
CREATE INDEX "CadrePresence_villageCode_flagged_month_idx" ON "CadrePresence"("villageCode", "flagged", "month");

-- CreateIndex
CREATE INDEX "RecallCase_villageCode_state_id_idx" ON "RecallCase"("villageCode", "state", "id");

-- CreateIndex
CREATE INDEX "RecallCase_cadreId_state_idx" ON "RecallCase"("cadreId", "state");

-- CreateIndex
CREATE INDEX "CoBuildingActivity_villageCode_heldOn_idx" ON "CoBuildingActivity"("villageCode", "heldOn");

-- CreateIndex
CREATE INDEX "PartyGridTask_branchId_gatheredOn_id_idx" ON "PartyGridTask"("branchId", "gatheredOn", "id");

-- CreateIndex
CREATE INDEX "PartyGridTask_gridCode_state_idx" ON "PartyGridTask"("gridCode", "state");

-- CreateIndex
CREATE INDEX "PartyGridTask_assigneeId_idx" ON "PartyGridTask"("assigneeId");
