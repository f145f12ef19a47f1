ALTER TABLE "audit_event" ALTER COLUMN "sequence" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "previous_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "hash_version" smallint;--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_event" USING btree ("occurred_at","id") WHERE "audit_event"."sequence" is null;--> statement-breakpoint
-- Events sealed before this migration were hashed over fewer fields (hash version 1).
UPDATE "audit_event" SET "hash_version" = 1 WHERE "sequence" IS NOT NULL;
