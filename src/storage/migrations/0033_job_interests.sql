CREATE TABLE "ips_job_interest" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"job_kind" text NOT NULL,
	"employer_id" uuid,
	"employer_name" text,
	"why" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"revision" integer NOT NULL,
	"added_by_account_id" uuid,
	"added_by_name" text NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ips_job_interest" ADD CONSTRAINT "ips_job_interest_employer_id_ips_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."ips_employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ips_job_interest_person_idx" ON "ips_job_interest" USING btree ("person_id","added_at");