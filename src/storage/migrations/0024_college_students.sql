CREATE TABLE "college_course_feedback" (
	"id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text NOT NULL,
	"is_anonymous" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "college_learning_goal" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	"text" text NOT NULL,
	"course_ids" jsonb NOT NULL,
	"care_plan_section_key" text,
	"care_plan_goal" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "college_learning_plan" (
	"student_id" uuid PRIMARY KEY NOT NULL,
	"shares_with_care_team" boolean DEFAULT false NOT NULL,
	"sharing_changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "college_course_feedback" ADD CONSTRAINT "college_course_feedback_course_id_college_course_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."college_course"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_course_feedback" ADD CONSTRAINT "college_course_feedback_student_id_college_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."college_student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_learning_goal" ADD CONSTRAINT "college_learning_goal_student_id_college_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."college_student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "college_learning_plan" ADD CONSTRAINT "college_learning_plan_student_id_college_student_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."college_student"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "college_course_feedback_student_idx" ON "college_course_feedback" USING btree ("course_id","student_id");--> statement-breakpoint
CREATE INDEX "college_learning_goal_student_idx" ON "college_learning_goal" USING btree ("student_id");