-- CreateTable
CREATE TABLE "SeedImport" (
    "sourceKey" TEXT NOT NULL,
    "articleId" INTEGER,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedImport_pkey" PRIMARY KEY ("sourceKey")
);
