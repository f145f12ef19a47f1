CREATE TABLE "ips_attachment" (
	"worker_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ips_attachment_worker_id_team_id_pk" PRIMARY KEY("worker_id","team_id")
);
--> statement-breakpoint
ALTER TABLE "ips_attachment" ADD CONSTRAINT "ips_attachment_worker_id_worker_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."worker"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ips_attachment" ADD CONSTRAINT "ips_attachment_team_id_team_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."team"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ips_attachment_team_idx" ON "ips_attachment" USING btree ("team_id");