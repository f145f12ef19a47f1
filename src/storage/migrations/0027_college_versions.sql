ALTER TABLE "college_term" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "college_trainer" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;