CREATE TABLE "college_attendance" (
	"session_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"attended" boolean NOT NULL,
	"marked_by_account_id" uuid NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "college_attendance_session_id_student_id_pk" PRIMARY KEY("session_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "college_course" (
	"id" uuid PRIMARY KEY NOT NULL,
	"term_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"audience" text NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"designed_by" text NOT NULL,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_enrolment" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"status" text NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	"offer_expires_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"is_online" boolean DEFAULT false NOT NULL,
	"reminder_queued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_session_trainer" (
	"session_id" uuid NOT NULL,
	"trainer_id" uuid NOT NULL,
	CONSTRAINT "college_session_trainer_session_id_trainer_id_pk" PRIMARY KEY("session_id","trainer_id")
);
--> statement-breakpoint
CREATE TABLE "college_student" (
	"id" uuid PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_term" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_trainer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"experience" text NOT NULL,
	"account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "college_attendance" ADD CONSTRAINT "college_attendance_session_id_college_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."college_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_attendance" ADD CONSTRAINT "college_attendance_student_id_college_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."college_student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_course" ADD CONSTRAINT "college_course_term_id_college_term_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."college_term"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_enrolment" ADD CONSTRAINT "college_enrolment_course_id_college_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."college_course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_enrolment" ADD CONSTRAINT "college_enrolment_student_id_college_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."college_student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_session" ADD CONSTRAINT "college_session_course_id_college_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."college_course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_session_trainer" ADD CONSTRAINT "college_session_trainer_session_id_college_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."college_session"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_session_trainer" ADD CONSTRAINT "college_session_trainer_trainer_id_college_trainer_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."college_trainer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "college_course_term_idx" ON "college_course" USING btree ("term_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "college_enrolment_live_idx" ON "college_enrolment" USING btree ("course_id","student_id") WHERE "college_enrolment"."status" in ('enrolled', 'waiting', 'offered');--> statement-breakpoint
CREATE INDEX "college_enrolment_course_idx" ON "college_enrolment" USING btree ("course_id","status","queued_at");--> statement-breakpoint
CREATE INDEX "college_enrolment_student_idx" ON "college_enrolment" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "college_session_course_idx" ON "college_session" USING btree ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "college_session_trainer_idx" ON "college_session_trainer" USING btree ("trainer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "college_student_account_idx" ON "college_student" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "college_trainer_account_idx" ON "college_trainer" USING btree ("account_id");