-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "place" VARCHAR(80);
