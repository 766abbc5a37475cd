-- DropIndex
DROP INDEX "Matter_resolutionMinutes_gridCode_reportedAt_idx";

-- CreateTable
CREATE TABLE "Petition" (
    "id" TEXT NOT NULL,
    "matterId" TEXT NOT NULL,
    "gridCode" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,
    "handlingLevel" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "petitionedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Petition_matterId_petitionedAt_idx" ON "Petition"("matterId", "petitionedAt");

-- CreateIndex
CREATE INDEX "Petition_gridCode_reportedAt_idx" ON "Petition"("gridCode", "reportedAt");

-- CreateIndex
CREATE INDEX "Matter_category_resolutionMinutes_gridCode_reportedAt_idx" ON "Matter"("category", "resolutionMinutes", "gridCode", "reportedAt");

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_matterId_fkey" FOREIGN KEY ("matterId") REFERENCES "Matter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The Fengqiao measures count disputes only (core's FENGQIAO_CATEGORIES): recount their two rollups
-- from the matters, as `rebuildRollups` does (src/rollups.ts), so a migrated database reads the new
-- measures at once. Nothing to do on an empty database.
DELETE FROM "FengqiaoRollup";
DELETE FROM "ResolutionRollup";
INSERT INTO "FengqiaoRollup" ("grain", "gridCode", "period", "level", "state", "matters", "minutes")
SELECT 'YEAR', "gridCode", "period", "level", "state", COUNT(*), SUM("minutes")
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 4) AS "period", "level", "state", COALESCE("resolutionMinutes", 0) AS "minutes"
  FROM "Matter" WHERE "clockStartedAt" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "handled"
GROUP BY "gridCode", "period", "level", "state";
INSERT INTO "ResolutionRollup" ("grain", "gridCode", "period", "band", "matters")
SELECT 'YEAR', "gridCode", "period", "band", COUNT(*)
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 4) AS "period", "bands"."column1" AS "band"
  FROM "Matter" JOIN (VALUES (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 12), (12, 15), (15, 18), (18, 22), (22, 27), (27, 33), (33, 41), (41, 51), (51, 63), (63, 78), (78, 97), (97, 121), (121, 151), (151, 188), (188, 235), (235, 293), (293, 366), (366, 457), (457, 571), (571, 713), (713, 891), (891, 1113), (1113, 1391), (1391, 1738), (1738, 2172), (2172, 2715), (2715, 3393), (3393, 4241), (4241, 5301), (5301, 6626), (6626, 8282), (8282, 10352), (10352, 12940), (12940, 16175), (16175, 20218), (20218, 25272), (25272, 31590), (31590, 39487), (39487, 49358), (49358, 61697), (61697, 77121), (77121, 96401), (96401, 120501), (120501, 150626), (150626, 188282), (188282, 235352), (235352, 294190), (294190, 367737), (367737, 459671), (459671, 574588), (574588, 718235), (718235, 897793), (897793, 1122241), (1122241, 1402801), (1402801, 1753501), (1753501, 2191876), (2191876, 2739845), (2739845, 3424806), (3424806, 4281007), (4281007, 5351258), (5351258, 6689072), (6689072, 8361340), (8361340, 10451675), (10451675, 13064593), (13064593, 16330741), (16330741, 20413426), (20413426, 25516782), (25516782, 31895977), (31895977, 39869971), (39869971, 49837463), (49837463, 62296828), (62296828, 77871035), (77871035, 97338793), (97338793, 121673491), (121673491, 152091863), (152091863, 190114828), (190114828, 237643535), (237643535, 297054418), (297054418, 371318022), (371318022, 464147527), (464147527, 580184408), (580184408, 725230510), (725230510, 906538137), (906538137, 1133172671), (1133172671, 1416465838), (1416465838, 1770582297), (1770582297, 2147483648)) AS "bands"
    ON "resolutionMinutes" >= "bands"."column1" AND "resolutionMinutes" < "bands"."column2"
  WHERE "resolutionMinutes" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "closed"
GROUP BY "gridCode", "period", "band";
INSERT INTO "FengqiaoRollup" ("grain", "gridCode", "period", "level", "state", "matters", "minutes")
SELECT 'MONTH', "gridCode", "period", "level", "state", COUNT(*), SUM("minutes")
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 7) AS "period", "level", "state", COALESCE("resolutionMinutes", 0) AS "minutes"
  FROM "Matter" WHERE "clockStartedAt" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "handled"
GROUP BY "gridCode", "period", "level", "state";
INSERT INTO "ResolutionRollup" ("grain", "gridCode", "period", "band", "matters")
SELECT 'MONTH', "gridCode", "period", "band", COUNT(*)
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 7) AS "period", "bands"."column1" AS "band"
  FROM "Matter" JOIN (VALUES (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 12), (12, 15), (15, 18), (18, 22), (22, 27), (27, 33), (33, 41), (41, 51), (51, 63), (63, 78), (78, 97), (97, 121), (121, 151), (151, 188), (188, 235), (235, 293), (293, 366), (366, 457), (457, 571), (571, 713), (713, 891), (891, 1113), (1113, 1391), (1391, 1738), (1738, 2172), (2172, 2715), (2715, 3393), (3393, 4241), (4241, 5301), (5301, 6626), (6626, 8282), (8282, 10352), (10352, 12940), (12940, 16175), (16175, 20218), (20218, 25272), (25272, 31590), (31590, 39487), (39487, 49358), (49358, 61697), (61697, 77121), (77121, 96401), (96401, 120501), (120501, 150626), (150626, 188282), (188282, 235352), (235352, 294190), (294190, 367737), (367737, 459671), (459671, 574588), (574588, 718235), (718235, 897793), (897793, 1122241), (1122241, 1402801), (1402801, 1753501), (1753501, 2191876), (2191876, 2739845), (2739845, 3424806), (3424806, 4281007), (4281007, 5351258), (5351258, 6689072), (6689072, 8361340), (8361340, 10451675), (10451675, 13064593), (13064593, 16330741), (16330741, 20413426), (20413426, 25516782), (25516782, 31895977), (31895977, 39869971), (39869971, 49837463), (49837463, 62296828), (62296828, 77871035), (77871035, 97338793), (97338793, 121673491), (121673491, 152091863), (152091863, 190114828), (190114828, 237643535), (237643535, 297054418), (297054418, 371318022), (371318022, 464147527), (464147527, 580184408), (580184408, 725230510), (725230510, 906538137), (906538137, 1133172671), (1133172671, 1416465838), (1416465838, 1770582297), (1770582297, 2147483648)) AS "bands"
    ON "resolutionMinutes" >= "bands"."column1" AND "resolutionMinutes" < "bands"."column2"
  WHERE "resolutionMinutes" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "closed"
GROUP BY "gridCode", "period", "band";
INSERT INTO "FengqiaoRollup" ("grain", "gridCode", "period", "level", "state", "matters", "minutes")
SELECT 'DAY', "gridCode", "period", "level", "state", COUNT(*), SUM("minutes")
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 10) AS "period", "level", "state", COALESCE("resolutionMinutes", 0) AS "minutes"
  FROM "Matter" WHERE "clockStartedAt" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "handled"
GROUP BY "gridCode", "period", "level", "state";
INSERT INTO "ResolutionRollup" ("grain", "gridCode", "period", "band", "matters")
SELECT 'DAY', "gridCode", "period", "band", COUNT(*)
FROM (
  SELECT "gridCode", SUBSTR(to_char("reportedAt" + INTERVAL '8 hours', 'YYYY-MM-DD'), 1, 10) AS "period", "bands"."column1" AS "band"
  FROM "Matter" JOIN (VALUES (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 8), (8, 10), (10, 12), (12, 15), (15, 18), (18, 22), (22, 27), (27, 33), (33, 41), (41, 51), (51, 63), (63, 78), (78, 97), (97, 121), (121, 151), (151, 188), (188, 235), (235, 293), (293, 366), (366, 457), (457, 571), (571, 713), (713, 891), (891, 1113), (1113, 1391), (1391, 1738), (1738, 2172), (2172, 2715), (2715, 3393), (3393, 4241), (4241, 5301), (5301, 6626), (6626, 8282), (8282, 10352), (10352, 12940), (12940, 16175), (16175, 20218), (20218, 25272), (25272, 31590), (31590, 39487), (39487, 49358), (49358, 61697), (61697, 77121), (77121, 96401), (96401, 120501), (120501, 150626), (150626, 188282), (188282, 235352), (235352, 294190), (294190, 367737), (367737, 459671), (459671, 574588), (574588, 718235), (718235, 897793), (897793, 1122241), (1122241, 1402801), (1402801, 1753501), (1753501, 2191876), (2191876, 2739845), (2739845, 3424806), (3424806, 4281007), (4281007, 5351258), (5351258, 6689072), (6689072, 8361340), (8361340, 10451675), (10451675, 13064593), (13064593, 16330741), (16330741, 20413426), (20413426, 25516782), (25516782, 31895977), (31895977, 39869971), (39869971, 49837463), (49837463, 62296828), (62296828, 77871035), (77871035, 97338793), (97338793, 121673491), (121673491, 152091863), (152091863, 190114828), (190114828, 237643535), (237643535, 297054418), (297054418, 371318022), (371318022, 464147527), (464147527, 580184408), (580184408, 725230510), (725230510, 906538137), (906538137, 1133172671), (1133172671, 1416465838), (1416465838, 1770582297), (1770582297, 2147483648)) AS "bands"
    ON "resolutionMinutes" >= "bands"."column1" AND "resolutionMinutes" < "bands"."column2"
  WHERE "resolutionMinutes" IS NOT NULL AND "category" IN ('DISPUTE')
) AS "closed"
GROUP BY "gridCode", "period", "band";
