CREATE TABLE "college_fidelity_assessment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"assessed_on" date NOT NULL,
	"assessors" text NOT NULL,
	"instrument_version" text NOT NULL,
	"ratings" jsonb NOT NULL,
	"total" integer NOT NULL,
	"notes" text NOT NULL,
	"recorded_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "college_term" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "college_trainer" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "college_fidelity_assessment_on_idx" ON "college_fidelity_assessment" USING btree ("assessed_on");