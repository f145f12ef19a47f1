CREATE TABLE "carer_consent" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"change" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"by_account_id" uuid,
	"by_name" text NOT NULL,
	"on_behalf_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handover" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"from_worker_id" uuid,
	"to_worker_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"handover_on" date NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"planned_by_name" text NOT NULL,
	"worker_note" text,
	"person_note" text,
	"person_note_at" timestamp with time zone,
	"joint_meeting" text DEFAULT 'offered' NOT NULL,
	"joint_meeting_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"closed_at" timestamp with time zone,
	"started_membership_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carer_link" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE INDEX "carer_consent_person_idx" ON "carer_consent" USING btree ("person_id","changed_at");--> statement-breakpoint
CREATE INDEX "handover_person_idx" ON "handover" USING btree ("person_id","handover_on");--> statement-breakpoint
CREATE INDEX "handover_from_worker_idx" ON "handover" USING btree ("from_worker_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "handover_one_planned_idx" ON "handover" USING btree ("person_id") WHERE status = 'planned';--> statement-breakpoint
-- hand-written: what carers could already see becomes the first consent record of each scope, so the person's history starts complete
INSERT INTO "carer_consent" ("id", "person_id", "carer_id", "scope", "change", "changed_at", "by_account_id", "by_name", "on_behalf_reason")
SELECT gen_random_uuid(), "person_id", "carer_id", unnest("shared_scopes"), 'given', "created_at", NULL, 'Tandem', 'Shared before Tandem kept a record of each change'
FROM "carer_link";
