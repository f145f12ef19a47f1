CREATE TABLE "feedback_preference" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"visibility" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "instrument_response" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"purpose" text NOT NULL,
	"meeting_id" uuid,
	"answers" jsonb NOT NULL,
	"scores" jsonb NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instrument_wording" (
	"instrument_id" text NOT NULL,
	"version" text NOT NULL,
	"items" jsonb NOT NULL,
	"loaded_at" timestamp with time zone NOT NULL,
	"loaded_by_account_id" uuid,
	CONSTRAINT "instrument_wording_instrument_id_version_pk" PRIMARY KEY("instrument_id","version")
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"person_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"lead_worker_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"ratings_response_id" uuid,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_person_id_contact_id_pk" PRIMARY KEY("person_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_action" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"area_id" text,
	"owner" text NOT NULL,
	"owner_name" text,
	"description" text NOT NULL,
	"due_on" date,
	"outcome" text,
	"reviewed_in_meeting_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_area" (
	"person_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"area_id" text NOT NULL,
	"understanding" text,
	"looking_forward" text,
	"exploring_options" text,
	"agreeing_actions" text,
	CONSTRAINT "meeting_area_person_id_meeting_id_position_pk" PRIMARY KEY("person_id","meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "relationship_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"meeting_occurred_at" timestamp with time zone NOT NULL,
	"respondent" text NOT NULL,
	"visibility" text,
	"score" double precision,
	"response_id" uuid NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "instrument_response_person_idx" ON "instrument_response" USING btree ("person_id","instrument_id","completed_at");--> statement-breakpoint
CREATE INDEX "meeting_person_time_idx" ON "meeting" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "meeting_action_person_meeting_idx" ON "meeting_action" USING btree ("person_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_action_open_idx" ON "meeting_action" USING btree ("person_id") WHERE outcome is null;--> statement-breakpoint
CREATE UNIQUE INDEX "relationship_feedback_once_idx" ON "relationship_feedback" USING btree ("person_id","meeting_id","worker_id","respondent");--> statement-breakpoint
CREATE INDEX "relationship_feedback_worker_idx" ON "relationship_feedback" USING btree ("worker_id","person_id");