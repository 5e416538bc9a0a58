-- Per-campaign sender name and Reply-To (issue #14). Both optional: null keeps MAIL_FROM as it is.
ALTER TABLE "campaigns" ADD COLUMN "sender_name" TEXT,
ADD COLUMN "reply_to" TEXT;
