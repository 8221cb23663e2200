-- AlterTable
ALTER TABLE "DossierItem" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
