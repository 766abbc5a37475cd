-- Person.homeRegionCode meant "lives in" in core and "registered in" in the fixtures: it becomes
-- residenceRegionCode (居住地), and hukouPlaceCode (户籍地) is new. Existing people keep their region
-- as residence, and as registration place too until someone records otherwise.
ALTER TABLE "Person" RENAME COLUMN "homeRegionCode" TO "residenceRegionCode";
ALTER TABLE "Person" RENAME CONSTRAINT "Person_homeRegionCode_fkey" TO "Person_residenceRegionCode_fkey";
ALTER INDEX "Person_homeRegionCode_namePinyin_id_idx" RENAME TO "Person_residenceRegionCode_namePinyin_id_idx";
ALTER TABLE "Person" ADD COLUMN "hukouPlaceCode" TEXT;
UPDATE "Person" SET "hukouPlaceCode" = "residenceRegionCode";
ALTER TABLE "Person" ALTER COLUMN "hukouPlaceCode" SET NOT NULL;
