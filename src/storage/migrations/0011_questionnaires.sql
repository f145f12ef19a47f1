CREATE TABLE "questionnaire_invitation" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" text NOT NULL,
	"due_on" date NOT NULL,
	"origin" text NOT NULL,
	"created_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"draft_answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"draft_saved_at" timestamp with time zone,
	"response_id" uuid,
	"completed_at" timestamp with time zone,
	CONSTRAINT "questionnaire_invitation_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_schedule" (
	"person_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"every_days" integer NOT NULL,
	"set_by_account_id" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "questionnaire_schedule_person_id_instrument_id_pk" PRIMARY KEY("person_id","instrument_id")
);
--> statement-breakpoint
CREATE INDEX "questionnaire_invitation_open_idx" ON "questionnaire_invitation" USING btree ("person_id","completed_at","due_on");