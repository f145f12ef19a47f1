CREATE TABLE "crisis_contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"hours" text,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carer" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "local_identifier" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "joined_on" date DEFAULT current_date NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "discharged_on" date;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "discharge_reason" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "discharge_note" text;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "research_opt_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "team" ADD COLUMN "service_hours" text;--> statement-breakpoint
ALTER TABLE "worker" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "person_local_identifier_idx" ON "person" USING btree ("local_identifier");--> statement-breakpoint
UPDATE "person" p SET "joined_on" = least(p."created_at"::date, coalesce((SELECT min(m."starts_on") FROM "care_team_membership" m WHERE m."person_id" = p."id"), p."created_at"::date));
