CREATE TABLE "campaign_pay_progress" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"process" varchar(200) NOT NULL,
	"step" varchar(20) NOT NULL,
	"done" integer NOT NULL,
	"total" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_households" DROP CONSTRAINT "campaign_households_application_id_applications_id_fk";
--> statement-breakpoint
DROP INDEX "campaign_households_app_idx";--> statement-breakpoint
ALTER TABLE "campaign_households" DROP COLUMN "application_id";