CREATE TABLE "safety_plan_preference" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"team_must_agree" boolean NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "share_link" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"selector" text NOT NULL,
	"verifier_hash" text NOT NULL,
	"label" text NOT NULL,
	"created_by_account_id" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"consent" text,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_opened_at" timestamp with time zone,
	"open_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "share_link_selector_idx" ON "share_link" USING btree ("selector");--> statement-breakpoint
CREATE INDEX "share_link_person_idx" ON "share_link" USING btree ("person_id");