-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "photoId" INTEGER;

-- CreateIndex
CREATE INDEX "Author_photoId_idx" ON "Author"("photoId");

-- AddForeignKey
ALTER TABLE "Author" ADD CONSTRAINT "Author_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Photo"("id") ON DELETE SET NULL ON UPDATE CASCADE;

