-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorPersonId" TEXT,
    "grants" TEXT NOT NULL,
    "purpose" TEXT,
    "operationName" TEXT,
    "requestId" TEXT NOT NULL,
    "clientRequestId" TEXT,
    "fields" TEXT NOT NULL,
    "subjectCount" INTEGER NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditSubject" (
    "entryId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectRegionCode" TEXT NOT NULL,
    "fields" TEXT NOT NULL,

    CONSTRAINT "AuditSubject_pkey" PRIMARY KEY ("entryId","subjectType","subjectId")
);

-- CreateIndex
CREATE INDEX "AuditEntry_occurredAt_id_idx" ON "AuditEntry"("occurredAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorSubject_occurredAt_id_idx" ON "AuditEntry"("actorSubject", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_requestId_idx" ON "AuditEntry"("requestId");

-- CreateIndex
CREATE INDEX "AuditSubject_subjectType_subjectId_occurredAt_entryId_idx" ON "AuditSubject"("subjectType", "subjectId", "occurredAt", "entryId");

-- AddForeignKey
ALTER TABLE "AuditSubject" ADD CONSTRAINT "AuditSubject_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AuditEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The reads recorded one row per field before this migration become one entry per request (rows of one
-- request share its request id, reader and instant) with its subjects. Their purpose was not recorded.
INSERT INTO "AuditEntry" ("id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose",
    "operationName", "requestId", "clientRequestId", "fields", "subjectCount")
SELECT 'legacy-' || CAST(MIN("id") AS TEXT), "occurredAt", "actorSubject", MAX("actorPersonId"), string_agg(DISTINCT "reason", ' '), NULL,
       MAX("operationName"), COALESCE(MAX("requestId"), 'legacy-' || CAST(MIN("id") AS TEXT)), MAX("clientRequestId"),
       string_agg(DISTINCT "field", ','), COUNT(DISTINCT "subjectType" || ':' || "subjectId")
  FROM "AuditRecord"
 GROUP BY COALESCE("requestId", ''), "actorSubject", "occurredAt";

INSERT INTO "AuditSubject" ("entryId", "occurredAt", "subjectType", "subjectId", "subjectRegionCode", "fields")
SELECT g."entryId", MIN(r."occurredAt"), r."subjectType", r."subjectId", MAX(r."subjectRegionCode"), string_agg(DISTINCT r."field", ',')
  FROM "AuditRecord" AS r
  JOIN (SELECT COALESCE("requestId", '') AS "key", "actorSubject", "occurredAt", 'legacy-' || CAST(MIN("id") AS TEXT) AS "entryId"
          FROM "AuditRecord"
         GROUP BY COALESCE("requestId", ''), "actorSubject", "occurredAt") AS g
    ON g."key" = COALESCE(r."requestId", '') AND g."actorSubject" = r."actorSubject"
   AND g."occurredAt" = r."occurredAt"
 GROUP BY g."entryId", r."subjectType", r."subjectId";

-- DropTable
DROP TABLE "AuditRecord";
