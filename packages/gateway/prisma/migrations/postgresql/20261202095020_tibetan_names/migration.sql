-- PointRuleItem.labelBo came with 20261202092641_points_process.

-- AlterTable
ALTER TABLE "PointsShopItem" ADD COLUMN     "labelBo" TEXT;

-- AlterTable
ALTER TABLE "HallDepartment" ADD COLUMN     "nameBo" TEXT;

-- AlterTable
ALTER TABLE "HallWindow" ADD COLUMN     "nameBo" TEXT;

-- AlterTable
ALTER TABLE "HallAssistPoint" ADD COLUMN     "nameBo" TEXT;

-- AlterTable
ALTER TABLE "ServiceMatter" ADD COLUMN     "nameBo" TEXT,
ADD COLUMN     "outputBo" TEXT;

-- AlterTable
ALTER TABLE "CulturalResource" ADD COLUMN     "nameBo" TEXT;

-- AlterTable
ALTER TABLE "HeritageProduct" ADD COLUMN     "nameBo" TEXT;
