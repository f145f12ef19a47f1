-- hand-written: statements put in order: the column is added before the primary key that includes it. Files stored
-- before this migration are one slice each, starting at their first record.
ALTER TABLE "bulk_export_part" ADD COLUMN "first_record" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bulk_export_part" DROP CONSTRAINT "bulk_export_part_export_id_resource_type_part_pk";--> statement-breakpoint
ALTER TABLE "bulk_export_part" ADD CONSTRAINT "bulk_export_part_export_id_resource_type_part_first_record_pk" PRIMARY KEY("export_id","resource_type","part","first_record");
