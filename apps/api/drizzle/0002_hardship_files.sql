CREATE TABLE "classification_params" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(6) NOT NULL,
	"year" smallint NOT NULL,
	"relative_multiple_bp" integer NOT NULL,
	"accident_ratio_bp" integer NOT NULL,
	"minimum_wage_monthly_fen" integer NOT NULL,
	"working_age_min" smallint NOT NULL,
	"retirement_age_male" smallint NOT NULL,
	"retirement_age_female" smallint NOT NULL,
	"migrant_min_employment_months" smallint NOT NULL,
	"review_months" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "file_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "file_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"file_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_name" varchar(100) NOT NULL,
	"action" varchar(40) NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "file_number_seq" (
	"key" varchar(20) PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hardship_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_no" varchar(32) NOT NULL,
	"org_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"category" varchar(16),
	"proposed_category" varchar(16),
	"household_type" varchar(16) NOT NULL,
	"origin" varchar(16) NOT NULL,
	"main_cause" smallint NOT NULL,
	"secondary_causes" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"housing_type" varchar(20),
	"housing_area_m_2" double precision,
	"single_parent" boolean DEFAULT false NOT NULL,
	"zero_employment" boolean DEFAULT false NOT NULL,
	"on_dibao" boolean DEFAULT false NOT NULL,
	"dibao_monthly_fen" bigint,
	"bank_name" varchar(50),
	"bank_card_enc" text,
	"bank_card_masked" varchar(30),
	"exclusions" jsonb NOT NULL,
	"migrant" jsonb NOT NULL,
	"notes" text,
	"head_name" varchar(50) NOT NULL,
	"head_name_pinyin" varchar(200) NOT NULL,
	"head_name_initials" varchar(50) NOT NULL,
	"head_id_last4" char(4) NOT NULL,
	"head_id_masked" varchar(30) NOT NULL,
	"household_size" smallint NOT NULL,
	"mpcn_fen" bigint NOT NULL,
	"classification" jsonb,
	"category_confirmed_by" varchar(100),
	"category_confirmed_at" timestamp with time zone,
	"review_due_on" date NOT NULL,
	"last_reviewed_on" date,
	"exit_type" varchar(24),
	"exited_on" date,
	"exit_evidence" text,
	"cancel_reason" text,
	"previous_file_id" uuid,
	"created_by" uuid,
	"created_by_name" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "income_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"person_id" uuid,
	"type" varchar(24) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"period" varchar(8) NOT NULL,
	"excluded" boolean DEFAULT false NOT NULL,
	"evidence" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "min_living_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_code" char(6) NOT NULL,
	"effective_from" date NOT NULL,
	"monthly_fen" integer NOT NULL,
	"note" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"relation" varchar(16) NOT NULL,
	"name" varchar(50) NOT NULL,
	"gender" varchar(8) NOT NULL,
	"ethnicity" varchar(20),
	"id_type" varchar(24) NOT NULL,
	"id_enc" text NOT NULL,
	"id_hash" char(64) NOT NULL,
	"id_last4" char(4) NOT NULL,
	"id_masked" varchar(30) NOT NULL,
	"birth_date" date NOT NULL,
	"phone_enc" text,
	"phone_masked" varchar(24),
	"address" varchar(200),
	"hukou_type" varchar(10),
	"marital_status" varchar(10),
	"health_enc" text,
	"able_bodied" boolean DEFAULT true NOT NULL,
	"medical_insurance" varchar(10),
	"model_worker_level" varchar(12),
	"work_status" varchar(16) NOT NULL,
	"employer" varchar(100),
	"industry" varchar(50),
	"union_member" boolean DEFAULT false NOT NULL,
	"is_student" boolean DEFAULT false NOT NULL,
	"school" varchar(100),
	"school_level" varchar(12),
	"co_resident" boolean DEFAULT true NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"position" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rigid_expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_id" uuid NOT NULL,
	"type" varchar(24) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"period" varchar(8) NOT NULL,
	"evidence" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "file_history" ADD CONSTRAINT "file_history_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_items" ADD CONSTRAINT "income_items_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "income_items" ADD CONSTRAINT "income_items_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rigid_expenses" ADD CONSTRAINT "rigid_expenses_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "classification_params_uq" ON "classification_params" USING btree ("division_code","year");--> statement-breakpoint
CREATE INDEX "file_history_file_idx" ON "file_history" USING btree ("file_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "hardship_files_file_no_uq" ON "hardship_files" USING btree ("file_no");--> statement-breakpoint
CREATE INDEX "hardship_files_org_idx" ON "hardship_files" USING btree ("org_id","updated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hardship_files_updated_idx" ON "hardship_files" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "hardship_files_name_idx" ON "hardship_files" USING btree ("head_name" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "hardship_files_pinyin_idx" ON "hardship_files" USING btree ("head_name_pinyin" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "hardship_files_initials_idx" ON "hardship_files" USING btree ("head_name_initials" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "hardship_files_id_tail_idx" ON "hardship_files" USING btree ("head_id_last4");--> statement-breakpoint
CREATE INDEX "hardship_files_review_idx" ON "hardship_files" USING btree ("review_due_on","id");--> statement-breakpoint
CREATE INDEX "hardship_files_mpcn_idx" ON "hardship_files" USING btree ("mpcn_fen","id");--> statement-breakpoint
CREATE INDEX "income_items_file_idx" ON "income_items" USING btree ("file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "min_living_standards_uq" ON "min_living_standards" USING btree ("division_code","effective_from");--> statement-breakpoint
CREATE INDEX "persons_file_idx" ON "persons" USING btree ("file_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_open_id_uq" ON "persons" USING btree ("id_hash") WHERE "persons"."open";--> statement-breakpoint
CREATE INDEX "persons_id_hash_idx" ON "persons" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "persons_name_birth_idx" ON "persons" USING btree ("name","birth_date");--> statement-breakpoint
CREATE INDEX "rigid_expenses_file_idx" ON "rigid_expenses" USING btree ("file_id");