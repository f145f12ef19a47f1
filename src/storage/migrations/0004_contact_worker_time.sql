-- Each visit (contact_worker row) keeps its contact's time, so that continuity analytics read a
-- period's visits in time order from one index, without joining the contact table.
-- The indexes that served the old join go.
DROP INDEX "contact_person_id_idx";--> statement-breakpoint
DROP INDEX "contact_worker_person_contact_idx";--> statement-breakpoint
-- Every row is rewritten below: its other indexes are dropped first and built again afterwards,
-- several times faster on a large table than updating them row by row.
ALTER TABLE "contact_worker" DROP CONSTRAINT "contact_worker_contact_id_worker_id_pk";--> statement-breakpoint
DROP INDEX "contact_worker_worker_idx";--> statement-breakpoint
ALTER TABLE "contact_worker" ADD COLUMN "occurred_at" timestamp with time zone;--> statement-breakpoint
-- A lookup per row rather than a join: rows are rewritten in the order they are stored, so a
-- person's visits stay together on disk (a batched hash join would scatter them over the table).
UPDATE "contact_worker" SET "occurred_at" = (SELECT "contact"."occurred_at" FROM "contact" WHERE "contact"."id" = "contact_worker"."contact_id");--> statement-breakpoint
ALTER TABLE "contact_worker" ALTER COLUMN "occurred_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_worker" ADD CONSTRAINT "contact_worker_contact_id_worker_id_pk" PRIMARY KEY("contact_id","worker_id");--> statement-breakpoint
CREATE INDEX "contact_worker_worker_idx" ON "contact_worker" USING btree ("worker_id","person_id");--> statement-breakpoint
CREATE INDEX "contact_worker_person_time_idx" ON "contact_worker" USING btree ("person_id","occurred_at","worker_id");
