CREATE TABLE "college_design_note" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" jsonb NOT NULL,
	"notes" text NOT NULL,
	"written_by_account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_room" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"capacity" integer NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_session_delivery" (
	"session_id" uuid NOT NULL,
	"trainer_id" uuid NOT NULL,
	"marked_by_account_id" uuid NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "college_session_delivery_session_id_trainer_id_pk" PRIMARY KEY("session_id","trainer_id")
);
--> statement-breakpoint
ALTER TABLE "college_session" ADD COLUMN "room_id" uuid;--> statement-breakpoint
ALTER TABLE "college_trainer" ADD COLUMN "is_lead" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "college_design_note" ADD CONSTRAINT "college_design_note_course_id_college_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."college_course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_session_delivery" ADD CONSTRAINT "college_session_delivery_session_id_college_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."college_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_session_delivery" ADD CONSTRAINT "college_session_delivery_trainer_id_college_trainer_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."college_trainer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "college_design_note_course_idx" ON "college_design_note" USING btree ("course_id","held_on");--> statement-breakpoint
CREATE INDEX "college_session_delivery_trainer_idx" ON "college_session_delivery" USING btree ("trainer_id");