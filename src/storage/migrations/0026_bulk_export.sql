CREATE TABLE "bulk_export" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"level" text NOT NULL,
	"group_id" uuid,
	"resource_types" text[] NOT NULL,
	"since" timestamp with time zone,
	"status" text NOT NULL,
	"request_url" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"transaction_time" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "bulk_export_part" (
	"export_id" uuid NOT NULL,
	"resource_type" text NOT NULL,
	"part" integer NOT NULL,
	"count" integer NOT NULL,
	"records" jsonb NOT NULL,
	CONSTRAINT "bulk_export_part_export_id_resource_type_part_pk" PRIMARY KEY("export_id","resource_type","part")
);
--> statement-breakpoint
ALTER TABLE "bulk_export_part" ADD CONSTRAINT "bulk_export_part_export_id_bulk_export_id_fk" FOREIGN KEY ("export_id") REFERENCES "public"."bulk_export"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bulk_export_status_idx" ON "bulk_export" USING btree ("status","requested_at");--> statement-breakpoint
CREATE INDEX "bulk_export_expiry_idx" ON "bulk_export" USING btree ("expires_at");