CREATE TABLE "ips_benefits_advice" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"given_on" date NOT NULL,
	"given_by" text NOT NULL,
	"covered" text NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_employer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"town" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_employer_contact" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"person_id" uuid,
	"contacted_on" date NOT NULL,
	"is_face_to_face" boolean NOT NULL,
	"met_whom" text DEFAULT '' NOT NULL,
	"purpose" text NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_fidelity_review" (
	"id" uuid PRIMARY KEY NOT NULL,
	"team_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewers" text NOT NULL,
	"scores" jsonb NOT NULL,
	"total" integer NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_job" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_per_week" double precision,
	"hourly_pay_pence" integer,
	"is_competitive" boolean NOT NULL,
	"end_reason" text,
	"revision" integer NOT NULL,
	"recorded_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_referral" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"referred_on" date NOT NULL,
	"is_self_referral" boolean NOT NULL,
	"referred_by_account_id" uuid,
	"note" text,
	"specialist_worker_id" uuid,
	"taken_on" date,
	"ended_on" date,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ips_vocational_profile" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"work_wanted" text DEFAULT '' NOT NULL,
	"hours_wanted" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"history" text DEFAULT '' NOT NULL,
	"what_helped" text DEFAULT '' NOT NULL,
	"what_got_in_the_way" text DEFAULT '' NOT NULL,
	"disclosure" text NOT NULL,
	"disclosure_to" text DEFAULT '' NOT NULL,
	"disclosure_how" text DEFAULT '' NOT NULL,
	"is_written_by_person" boolean NOT NULL,
	"updated_by_account_id" uuid,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "ips_benefits_advice_person_idx" ON "ips_benefits_advice" USING btree ("person_id","given_on");--> statement-breakpoint
CREATE INDEX "ips_employer_contact_worker_idx" ON "ips_employer_contact" USING btree ("worker_id","contacted_on");--> statement-breakpoint
CREATE INDEX "ips_employer_contact_person_idx" ON "ips_employer_contact" USING btree ("person_id","contacted_on");--> statement-breakpoint
CREATE INDEX "ips_fidelity_review_team_idx" ON "ips_fidelity_review" USING btree ("team_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "ips_job_person_idx" ON "ips_job" USING btree ("person_id","starts_on");--> statement-breakpoint
CREATE INDEX "ips_referral_person_idx" ON "ips_referral" USING btree ("person_id","referred_on");--> statement-breakpoint
CREATE INDEX "ips_referral_specialist_idx" ON "ips_referral" USING btree ("specialist_worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ips_referral_one_open_idx" ON "ips_referral" USING btree ("person_id") WHERE "ips_referral"."ended_on" is null;