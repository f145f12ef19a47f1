CREATE TABLE "calendar_feed" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "care_plan" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_plan_message" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"author_account_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_kind" text NOT NULL,
	"author_role" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "care_plan_message_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_plan_proposal" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"section_key" text NOT NULL,
	"base_version" integer NOT NULL,
	"text" text NOT NULL,
	"proposed_by_account_id" uuid NOT NULL,
	"proposer_name" text NOT NULL,
	"proposer_role" text NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"decided_by_account_id" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"applied_version" integer,
	CONSTRAINT "care_plan_proposal_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "care_plan_signature" (
	"person_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"signer_kind" text NOT NULL,
	"account_id" uuid NOT NULL,
	"worker_id" uuid,
	"signer_name" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "care_plan_signature_person_id_version_signer_kind_pk" PRIMARY KEY("person_id","version","signer_kind")
);
--> statement-breakpoint
CREATE TABLE "care_plan_template" (
	"key" text PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"updated_by_account_id" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_plan_version" (
	"person_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"section_key" text NOT NULL,
	"text" text NOT NULL,
	"author_account_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_kind" text NOT NULL,
	"author_role" text NOT NULL,
	"accepted_by_account_id" uuid,
	"accepted_by_name" text,
	"accepted_at" timestamp with time zone,
	"proposal_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "care_plan_version_person_id_version_pk" PRIMARY KEY("person_id","version")
);
--> statement-breakpoint
CREATE TABLE "review_attendee" (
	"person_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"worker_id" uuid,
	"carer_id" uuid,
	"name" text NOT NULL,
	CONSTRAINT "review_attendee_person_id_review_id_position_pk" PRIMARY KEY("person_id","review_id","position")
);
--> statement-breakpoint
CREATE TABLE "review_outcome" (
	"person_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"what_changed" text NOT NULL,
	"care_plan_version" integer,
	"recorded_by_account_id" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_outcome_person_id_review_id_pk" PRIMARY KEY("person_id","review_id")
);
--> statement-breakpoint
ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_idx" ON "calendar_feed" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "care_plan_message_section_idx" ON "care_plan_message" USING btree ("person_id","section_key","created_at");--> statement-breakpoint
CREATE INDEX "care_plan_proposal_status_idx" ON "care_plan_proposal" USING btree ("person_id","status","proposed_at");--> statement-breakpoint
CREATE INDEX "care_plan_version_section_idx" ON "care_plan_version" USING btree ("person_id","section_key","version");