CREATE TABLE "account" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"worker_id" uuid,
	"person_id" uuid,
	"carer_id" uuid,
	"failed_sign_ins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"chain_key" text NOT NULL,
	"sequence" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"account_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"action" text NOT NULL,
	"person_id" uuid,
	"basis" text,
	"reason" text,
	"detail" jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "break_glass" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "care_team_membership" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"role" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"end_reason" text,
	"end_note" text,
	"handover_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "carer_link" (
	"person_id" uuid NOT NULL,
	"carer_id" uuid NOT NULL,
	"relationship" text NOT NULL,
	"shared_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carer_link_person_id_carer_id_pk" PRIMARY KEY("person_id","carer_id")
);
--> statement-breakpoint
CREATE TABLE "contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" text NOT NULL,
	"kind" text NOT NULL,
	"beyond_routine" boolean DEFAULT false NOT NULL,
	"beyond_routine_note" text,
	"admin_minutes" integer DEFAULT 0 NOT NULL,
	"note" text,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contact_worker" (
	"contact_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	CONSTRAINT "contact_worker_contact_id_worker_id_pk" PRIMARY KEY("contact_id","worker_id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"preferred_name" text,
	"date_of_birth" date,
	"team_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"held_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"review_cadence_months" integer DEFAULT 12 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"profession" text NOT NULL,
	"team_id" uuid NOT NULL,
	"email" text,
	"phone" text,
	"left_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_carer_id_carer_id_fk" FOREIGN KEY ("carer_id") REFERENCES "public"."carer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "care_team_membership" ADD CONSTRAINT "care_team_membership_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carer_link" ADD CONSTRAINT "carer_link_carer_id_carer_id_fk" FOREIGN KEY ("carer_id") REFERENCES "public"."carer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_site_id_site_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."site"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker" ADD CONSTRAINT "worker_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_username_idx" ON "account" USING btree ("username");--> statement-breakpoint
CREATE INDEX "account_person_idx" ON "account" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_sequence_idx" ON "audit_event" USING btree ("chain_key","sequence");--> statement-breakpoint
CREATE INDEX "audit_person_time_idx" ON "audit_event" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "break_glass_person_account_idx" ON "break_glass" USING btree ("person_id","account_id","expires_at");--> statement-breakpoint
CREATE INDEX "membership_person_idx" ON "care_team_membership" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "membership_worker_idx" ON "care_team_membership" USING btree ("worker_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "membership_one_open_coordinator_idx" ON "care_team_membership" USING btree ("person_id") WHERE role = 'care_coordinator' and ends_on is null;--> statement-breakpoint
CREATE INDEX "carer_link_carer_idx" ON "carer_link" USING btree ("carer_id");--> statement-breakpoint
CREATE INDEX "contact_person_time_idx" ON "contact" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "contact_worker_worker_idx" ON "contact_worker" USING btree ("worker_id","person_id");--> statement-breakpoint
CREATE INDEX "person_team_idx" ON "person" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "review_person_idx" ON "review" USING btree ("person_id","due_on");--> statement-breakpoint
CREATE INDEX "session_account_idx" ON "session" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "worker_team_idx" ON "worker" USING btree ("team_id");