ALTER TABLE "person" ADD COLUMN "email_address" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "wants_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "questionnaire_invitation" ADD COLUMN "email_id" uuid;--> statement-breakpoint
ALTER TABLE "questionnaire_schedule" ADD COLUMN "stopped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "questionnaire_schedule" ADD COLUMN "stopped_by_account_id" uuid;