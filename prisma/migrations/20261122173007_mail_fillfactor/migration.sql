-- Hand-written (a storage parameter, which Prisma's datamodel does not describe): every message row
-- is updated several times (enqueued, sending, handed over, sent). Free space on each page lets
-- PostgreSQL make the updates that change no indexed column heap-only (HOT), without new index
-- entries. See docs/decisions/mail-outbox.md.
ALTER TABLE "mail_messages" SET (fillfactor = 75);
