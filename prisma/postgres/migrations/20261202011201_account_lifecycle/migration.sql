-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3);

-- Tokens were stored as they are; from now on the table holds their hashes, so existing sessions
-- cannot be found: end them (everyone signs in again once).
DELETE FROM "Session";
