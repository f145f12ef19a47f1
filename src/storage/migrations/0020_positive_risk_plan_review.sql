CREATE TABLE "positive_risk_plan_review" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"review_on" date NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_name" text NOT NULL
);
