-- An author's portrait. Added in place rather than by Prisma's table redefinition, which would
-- drop the Author_search_rename trigger of the search index. SQLite accepts a REFERENCES clause on
-- ADD COLUMN when the column defaults to NULL.
ALTER TABLE "Author" ADD COLUMN "photoId" INTEGER REFERENCES "Photo" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateIndex
CREATE INDEX "Author_photoId_idx" ON "Author"("photoId");
