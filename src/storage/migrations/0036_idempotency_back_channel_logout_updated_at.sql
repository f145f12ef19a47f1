CREATE TABLE "sso_logout_token" (
	"jti" text PRIMARY KEY NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sso_subject" text;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "sso_sid" text;--> statement-breakpoint
ALTER TABLE "care_team_membership" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotent_request" ADD COLUMN "response_headers" jsonb;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "sso_logout_token_expires_idx" ON "sso_logout_token" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "session_sso_subject_idx" ON "session" USING btree ("sso_subject") WHERE sso_subject is not null;--> statement-breakpoint
CREATE INDEX "session_sso_sid_idx" ON "session" USING btree ("sso_sid") WHERE sso_sid is not null;--> statement-breakpoint
-- hand-written: rows older than the column last changed when they were written, not when the column came (ADR 0055).
UPDATE "person" SET "updated_at" = "created_at";--> statement-breakpoint
-- hand-written
UPDATE "care_team_membership" SET "updated_at" = "created_at";
