-- CreateTable
CREATE TABLE "KeyPerson" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "since" TEXT NOT NULL,
    "lastVisitedOn" TEXT,

    CONSTRAINT "KeyPerson_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KeyPerson_gridCode_category_id_idx" ON "KeyPerson"("gridCode", "category", "id");

-- CreateIndex
CREATE UNIQUE INDEX "KeyPerson_personId_category_key" ON "KeyPerson"("personId", "category");
