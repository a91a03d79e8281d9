-- CreateTable
CREATE TABLE "Photo" (
    "id" SERIAL NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT NOT NULL DEFAULT '',
    "credit" TEXT NOT NULL DEFAULT '',
    "focusX" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "focusY" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "placeholders" JSONB NOT NULL,
    "searchText" TEXT NOT NULL DEFAULT '',
    "uploadedBy" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePhoto" (
    "articleId" INTEGER NOT NULL,
    "photoId" INTEGER NOT NULL,
    "lead" BOOLEAN NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticlePhoto_pkey" PRIMARY KEY ("articleId","photoId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Photo_sourceHash_key" ON "Photo"("sourceHash");

-- CreateIndex
CREATE INDEX "Photo_createdAt_idx" ON "Photo"("createdAt");

-- CreateIndex
CREATE INDEX "ArticlePhoto_photoId_idx" ON "ArticlePhoto"("photoId");

-- CreateIndex
CREATE INDEX "ArticlePhoto_articleId_lead_idx" ON "ArticlePhoto"("articleId", "lead");

-- AddForeignKey
ALTER TABLE "ArticlePhoto" ADD CONSTRAINT "ArticlePhoto_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePhoto" ADD CONSTRAINT "ArticlePhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
