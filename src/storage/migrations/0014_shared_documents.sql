-- hand-written: the care plan's tables become the tables of every co-produced document. Each row gets
-- its document's kind; rows from before are care plans, so every plan keeps its versions, signatures,
-- proposals and messages. Columns come first, then the keys that include them.
ALTER TABLE "care_plan" ADD COLUMN "kind" text DEFAULT 'care_plan' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_plan_message" ADD COLUMN "kind" text DEFAULT 'care_plan' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_plan_proposal" ADD COLUMN "kind" text DEFAULT 'care_plan' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_plan_signature" ADD COLUMN "kind" text DEFAULT 'care_plan' NOT NULL;--> statement-breakpoint
ALTER TABLE "care_plan_version" ADD COLUMN "kind" text DEFAULT 'care_plan' NOT NULL;--> statement-breakpoint
-- hand-written: the care plan's key was named by PostgreSQL when person_id alone was the primary key.
ALTER TABLE "care_plan" DROP CONSTRAINT "care_plan_pkey";--> statement-breakpoint
ALTER TABLE "care_plan_signature" DROP CONSTRAINT "care_plan_signature_person_id_version_signer_kind_account_id_pk";--> statement-breakpoint
ALTER TABLE "care_plan_version" DROP CONSTRAINT "care_plan_version_person_id_version_pk";--> statement-breakpoint
ALTER TABLE "care_plan" ADD CONSTRAINT "care_plan_person_id_kind_pk" PRIMARY KEY("person_id","kind");--> statement-breakpoint
ALTER TABLE "care_plan_signature" ADD CONSTRAINT "care_plan_signature_person_id_kind_version_signer_kind_account_id_pk" PRIMARY KEY("person_id","kind","version","signer_kind","account_id");--> statement-breakpoint
ALTER TABLE "care_plan_version" ADD CONSTRAINT "care_plan_version_person_id_kind_version_pk" PRIMARY KEY("person_id","kind","version");--> statement-breakpoint
DROP INDEX "care_plan_message_section_idx";--> statement-breakpoint
DROP INDEX "care_plan_proposal_status_idx";--> statement-breakpoint
DROP INDEX "care_plan_version_section_idx";--> statement-breakpoint
CREATE INDEX "care_plan_message_section_idx" ON "care_plan_message" USING btree ("person_id","kind","section_key","created_at");--> statement-breakpoint
CREATE INDEX "care_plan_proposal_status_idx" ON "care_plan_proposal" USING btree ("person_id","kind","status","proposed_at");--> statement-breakpoint
CREATE INDEX "care_plan_version_section_idx" ON "care_plan_version" USING btree ("person_id","kind","section_key","version");
--> statement-breakpoint
CREATE TABLE "risk_discussion" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"discussed_on" date NOT NULL,
	"mode" text NOT NULL,
	"response" text,
	"is_declined" boolean NOT NULL,
	"formulation_version" integer NOT NULL,
	"recorded_by_account_id" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "risk_discussion_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE INDEX "risk_discussion_person_idx" ON "risk_discussion" USING btree ("person_id","discussed_on");
