-- CreateTable
CREATE TABLE "SeedImport" (
    "sourceKey" TEXT NOT NULL PRIMARY KEY,
    "articleId" INTEGER,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
