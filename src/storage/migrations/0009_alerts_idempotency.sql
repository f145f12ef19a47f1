CREATE TABLE "feedback_alert_acknowledgement" (
	"person_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"alert_key" text NOT NULL,
	"acknowledged_by_account_id" uuid NOT NULL,
	"acknowledged_by_name" text NOT NULL,
	"acknowledged_at" timestamp with time zone NOT NULL,
	CONSTRAINT "feedback_alert_acknowledgement_person_id_worker_id_alert_key_pk" PRIMARY KEY("person_id","worker_id","alert_key")
);
--> statement-breakpoint
CREATE TABLE "idempotent_request" (
	"account_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status_code" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotent_request_account_id_key_pk" PRIMARY KEY("account_id","key")
);
--> statement-breakpoint
ALTER TABLE "care_plan_signature" DROP CONSTRAINT "care_plan_signature_person_id_version_signer_kind_pk";--> statement-breakpoint
ALTER TABLE "care_plan_signature" ADD CONSTRAINT "care_plan_signature_person_id_version_signer_kind_account_id_pk" PRIMARY KEY("person_id","version","signer_kind","account_id");--> statement-breakpoint
CREATE INDEX "idempotent_request_expires_idx" ON "idempotent_request" USING btree ("expires_at");