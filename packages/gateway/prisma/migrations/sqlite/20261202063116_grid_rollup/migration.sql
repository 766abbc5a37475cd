-- CreateTable
CREATE TABLE "GridRollup" (
    "gridCode" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "compliant" BOOLEAN NOT NULL,
    "householdJointUnits" INTEGER NOT NULL,
    "households" INTEGER NOT NULL
);
