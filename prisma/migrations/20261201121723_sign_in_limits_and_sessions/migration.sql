-- Sign-in limits and sessions (issue 9, item 4): attempts remember the browser (a hash of its device
-- cookie) and the allowance of which known client they used; the sessions of a user carry a version that
-- signing out, deactivation and a password change raise, ending them server-side.

-- AlterTable
ALTER TABLE "LoginAttempt" ADD COLUMN     "device" VARCHAR(64),
ADD COLUMN     "knownClient" VARCHAR(80);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 1;
