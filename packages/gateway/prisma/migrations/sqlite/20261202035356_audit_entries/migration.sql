-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "occurredAt" DATETIME NOT NULL,
    "actorSubject" TEXT NOT NULL,
    "actorPersonId" TEXT,
    "grants" TEXT NOT NULL,
    "purpose" TEXT,
    "operationName" TEXT,
    "requestId" TEXT NOT NULL,
    "clientRequestId" TEXT,
    "fields" TEXT NOT NULL,
    "subjectCount" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "AuditSubject" (
    "entryId" TEXT NOT NULL,
    "occurredAt" DATETIME NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectRegionCode" TEXT NOT NULL,
    "fields" TEXT NOT NULL,

    PRIMARY KEY ("entryId", "subjectType", "subjectId"),
    CONSTRAINT "AuditSubject_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "AuditEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AuditEntry_occurredAt_id_idx" ON "AuditEntry"("occurredAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_actorSubject_occurredAt_id_idx" ON "AuditEntry"("actorSubject", "occurredAt", "id");

-- CreateIndex
CREATE INDEX "AuditEntry_requestId_idx" ON "AuditEntry"("requestId");

-- CreateIndex
CREATE INDEX "AuditSubject_subjectType_subjectId_occurredAt_entryId_idx" ON "AuditSubject"("subjectType", "subjectId", "occurredAt", "entryId");

-- The reads recorded one row per field before this migration become one entry per request (rows of one
-- request share its request id, reader and instant) with its subjects. Their purpose was not recorded.
INSERT INTO "AuditEntry" ("id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose",
    "operationName", "requestId", "clientRequestId", "fields", "subjectCount")
SELECT 'legacy-' || MIN("id"), "occurredAt", "actorSubject", MAX("actorPersonId"), replace(group_concat(DISTINCT "reason"), ',', ' '), NULL,
       MAX("operationName"), COALESCE(MAX("requestId"), 'legacy-' || MIN("id")), MAX("clientRequestId"),
       group_concat(DISTINCT "field"), COUNT(DISTINCT "subjectType" || ':' || "subjectId")
  FROM "AuditRecord"
 GROUP BY COALESCE("requestId", ''), "actorSubject", "occurredAt";

INSERT INTO "AuditSubject" ("entryId", "occurredAt", "subjectType", "subjectId", "subjectRegionCode", "fields")
SELECT g."entryId", MIN(r."occurredAt"), r."subjectType", r."subjectId", MAX(r."subjectRegionCode"), group_concat(DISTINCT r."field")
  FROM "AuditRecord" AS r
  JOIN (SELECT COALESCE("requestId", '') AS "key", "actorSubject", "occurredAt", 'legacy-' || MIN("id") AS "entryId"
          FROM "AuditRecord"
         GROUP BY COALESCE("requestId", ''), "actorSubject", "occurredAt") AS g
    ON g."key" = COALESCE(r."requestId", '') AND g."actorSubject" = r."actorSubject"
   AND g."occurredAt" = r."occurredAt"
 GROUP BY g."entryId", r."subjectType", r."subjectId";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AuditRecord";
PRAGMA foreign_keys=on;

-- SQLite has no data-modifying CTE, so the gateway's one statement per audit entry (src/audit.ts) is
-- an INSERT into this view: its trigger writes the entry and its subjects (a JSON array of
-- [type, id, region, fields]) inside that one statement, which commits or fails as a whole. The view
-- shows no rows: it exists only to be written to. Prisma does not model views or triggers, so they
-- live here only.
CREATE VIEW "AuditEntryWrite" AS
SELECT "id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose", "operationName",
       "requestId", "clientRequestId", "fields", "subjectCount", '[]' AS "subjects"
  FROM "AuditEntry" WHERE 0;

CREATE TRIGGER "AuditEntryWrite_insert" INSTEAD OF INSERT ON "AuditEntryWrite"
BEGIN
  INSERT INTO "AuditEntry" ("id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose",
      "operationName", "requestId", "clientRequestId", "fields", "subjectCount")
  VALUES (NEW."id", NEW."occurredAt", NEW."actorSubject", NEW."actorPersonId", NEW."grants", NEW."purpose",
      NEW."operationName", NEW."requestId", NEW."clientRequestId", NEW."fields", NEW."subjectCount");
  INSERT INTO "AuditSubject" ("entryId", "occurredAt", "subjectType", "subjectId", "subjectRegionCode", "fields")
  SELECT NEW."id", NEW."occurredAt", json_extract("value", '$[0]'), json_extract("value", '$[1]'),
         json_extract("value", '$[2]'), json_extract("value", '$[3]')
    FROM json_each(NEW."subjects");
END;
