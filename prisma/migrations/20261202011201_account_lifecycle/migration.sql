-- AlterTable
ALTER TABLE "User" ADD COLUMN "disabledAt" DATETIME;

-- Tokens were stored as they are; from now on the table holds their hashes, so existing sessions
-- cannot be found: end them (everyone signs in again once).
DELETE FROM "Session";
