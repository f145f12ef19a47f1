CREATE TABLE "message" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"author_kind" text NOT NULL,
	"text" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_read" (
	"message_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"reader_name" text NOT NULL,
	"reader_kind" text NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_read_message_id_account_id_pk" PRIMARY KEY("message_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "reflection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"what_i_shared" text NOT NULL,
	"why" text NOT NULL,
	"what_happened" text NOT NULL,
	"would_do_again" text NOT NULL,
	"would_do_again_note" text,
	"written_at" timestamp with time zone NOT NULL,
	"shared_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection_reply" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reflection_id" uuid NOT NULL,
	"author_account_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"written_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_reflection" (
	"session_id" uuid NOT NULL,
	"reflection_id" uuid NOT NULL,
	CONSTRAINT "supervision_reflection_session_id_reflection_id_pk" PRIMARY KEY("session_id","reflection_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_session" (
	"id" uuid PRIMARY KEY NOT NULL,
	"worker_id" uuid NOT NULL,
	"supervisor_account_id" uuid NOT NULL,
	"supervisor_name" text NOT NULL,
	"held_on" date NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "message_person_time_idx" ON "message" USING btree ("person_id","sent_at","id");--> statement-breakpoint
CREATE INDEX "message_read_person_account_idx" ON "message_read" USING btree ("person_id","account_id");--> statement-breakpoint
CREATE INDEX "reflection_worker_time_idx" ON "reflection" USING btree ("worker_id","written_at");--> statement-breakpoint
CREATE INDEX "reflection_reply_reflection_idx" ON "reflection_reply" USING btree ("reflection_id","written_at");--> statement-breakpoint
CREATE INDEX "supervision_session_worker_idx" ON "supervision_session" USING btree ("worker_id","held_on");