CREATE TABLE "aid_caps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"category" varchar(16) NOT NULL,
	"aid_type" varchar(20) NOT NULL,
	"max_amount_fen" bigint,
	"max_items" integer
);
--> statement-breakpoint
CREATE TABLE "aid_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"file_id" uuid,
	"org_id" uuid NOT NULL,
	"aid_type" varchar(20) NOT NULL,
	"category" varchar(16),
	"amount_fen" bigint NOT NULL,
	"year" smallint NOT NULL,
	"status" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_steps" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "application_steps_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"application_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" varchar(100) NOT NULL,
	"actor_role" varchar(30),
	"actor_org" varchar(100),
	"step" varchar(20),
	"action" varchar(30) NOT NULL,
	"from_state" varchar(20),
	"to_state" varchar(20) NOT NULL,
	"opinion" text
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_no" varchar(32) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"aid_type" varchar(20),
	"amount_fen" bigint,
	"reason" text NOT NULL,
	"channel" varchar(20),
	"state" varchar(20) NOT NULL,
	"plan" jsonb NOT NULL,
	"org_id" uuid NOT NULL,
	"file_id" uuid,
	"applicant_name" varchar(50) NOT NULL,
	"applicant_id_enc" text,
	"applicant_id_hash" char(64),
	"applicant_phone_enc" text,
	"notice_batch_id" uuid,
	"aid_record_id" uuid,
	"created_by_name" varchar(100) NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"aid_type" varchar(20) NOT NULL,
	"over_amount_fen" bigint NOT NULL,
	"required_level" varchar(12) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "home_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" jsonb NOT NULL,
	"findings" text NOT NULL,
	"consent_signed" boolean NOT NULL,
	"attachment_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"title" varchar(100) NOT NULL,
	"state" varchar(12) NOT NULL,
	"window_days" smallint NOT NULL,
	"objection_contact" varchar(300) NOT NULL,
	"public_token" varchar(64),
	"published_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"masked_name" varchar(50) NOT NULL,
	"unit" varchar(100) NOT NULL,
	"category" varchar(16),
	"aid_type" varchar(20),
	"amount_fen" bigint,
	"state" varchar(12) NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"item_id" uuid,
	"content" text NOT NULL,
	"contact" varchar(100),
	"ip_hash" char(64),
	"outcome" varchar(12),
	"ruling" text,
	"ruled_by_name" varchar(100),
	"ruled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workflow_configs" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"economic_check" boolean NOT NULL,
	"notice_placement" varchar(24) NOT NULL,
	"notice_days" smallint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aid_records" ADD CONSTRAINT "aid_records_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_records" ADD CONSTRAINT "aid_records_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_records" ADD CONSTRAINT "aid_records_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_steps" ADD CONSTRAINT "application_steps_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_escalations" ADD CONSTRAINT "approval_escalations_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "home_visits" ADD CONSTRAINT "home_visits_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_batches" ADD CONSTRAINT "notice_batches_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_item_id_notice_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."notice_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workflow_configs" ADD CONSTRAINT "workflow_configs_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "aid_caps_uq" ON "aid_caps" USING btree ("division_code","year","category","aid_type");--> statement-breakpoint
CREATE INDEX "aid_records_file_year_idx" ON "aid_records" USING btree ("file_id","year","aid_type");--> statement-breakpoint
CREATE UNIQUE INDEX "aid_records_application_uq" ON "aid_records" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "application_steps_app_idx" ON "application_steps" USING btree ("application_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_no_uq" ON "applications" USING btree ("application_no");--> statement-breakpoint
CREATE INDEX "applications_org_state_idx" ON "applications" USING btree ("org_id","state");--> statement-breakpoint
CREATE INDEX "applications_state_idx" ON "applications" USING btree ("state","updated_at");--> statement-breakpoint
CREATE INDEX "applications_file_idx" ON "applications" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_batches_token_uq" ON "notice_batches" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "notice_batches_org_idx" ON "notice_batches" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "notice_items_batch_idx" ON "notice_items" USING btree ("batch_id","position");--> statement-breakpoint
CREATE INDEX "notice_items_app_idx" ON "notice_items" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "objections_batch_idx" ON "objections" USING btree ("batch_id","created_at");