-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "nameBoSource" TEXT;

-- Regions loaded before this column existed: their Tibetan was established down to the counties
-- and rendered by hand below (the fixtures' rule then). Villages without Tibetan get their
-- transliteration only when the region set is loaded again.
UPDATE "Region" SET "nameBoSource" = CASE
  WHEN "level" IN ('PROVINCE', 'PREFECTURE', 'COUNTY') THEN 'ESTABLISHED'
  ELSE 'RENDERED'
END
WHERE "nameBo" IS NOT NULL;
