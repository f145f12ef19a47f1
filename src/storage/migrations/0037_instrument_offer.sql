CREATE TABLE "instrument_offer" (
	"instrument_id" text PRIMARY KEY NOT NULL,
	"offered" boolean NOT NULL,
	"revision" integer NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"changed_by_account_id" uuid
);
