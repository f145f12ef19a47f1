CREATE TABLE "carer_assessment_request" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"carer_note" text,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"arranged_on" date,
	"decline_reason" text,
	"answered_by_name" text,
	"answered_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carer_view" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"version" text NOT NULL,
	"answers" jsonb NOT NULL,
	"score" double precision,
	"comment" text,
	"shared_with_person" boolean NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"recorded_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "carer_assessment_request_person_idx" ON "carer_assessment_request" USING btree ("person_id","status");--> statement-breakpoint
CREATE INDEX "carer_assessment_request_carer_idx" ON "carer_assessment_request" USING btree ("carer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "carer_assessment_request_one_open_idx" ON "carer_assessment_request" USING btree ("person_id","carer_id") WHERE status in ('requested', 'accepted');--> statement-breakpoint
CREATE UNIQUE INDEX "carer_view_once_idx" ON "carer_view" USING btree ("person_id","review_id","carer_id");--> statement-breakpoint
CREATE INDEX "carer_view_carer_idx" ON "carer_view" USING btree ("carer_id");