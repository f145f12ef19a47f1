-- hand-written: when a job or an enrolment last changed (ADR 0047). Rows written before this column
-- existed take the latest instant Tandem kept for them: when the job was recorded; when the enrolment
-- was written, asked for or ended.
ALTER TABLE "college_enrolment" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
-- hand-written
UPDATE "college_enrolment" SET "updated_at" = greatest("created_at", "queued_at", "ended_at");--> statement-breakpoint
-- hand-written
ALTER TABLE "college_enrolment" ALTER COLUMN "updated_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ips_job" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
-- hand-written
UPDATE "ips_job" SET "updated_at" = "created_at";--> statement-breakpoint
-- hand-written
ALTER TABLE "ips_job" ALTER COLUMN "updated_at" SET NOT NULL;
