CREATE TABLE "imported_instrument" (
	"instrument_id" text NOT NULL,
	"version" text NOT NULL,
	"definition" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by_account_id" uuid,
	CONSTRAINT "imported_instrument_instrument_id_version_pk" PRIMARY KEY("instrument_id","version")
);
