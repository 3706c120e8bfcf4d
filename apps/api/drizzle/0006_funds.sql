CREATE TABLE "aid_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"account_id" uuid,
	"name" varchar(100) NOT NULL,
	"kind" varchar(20) NOT NULL,
	"year" smallint NOT NULL,
	"aid_type" varchar(20) NOT NULL,
	"rule" jsonb NOT NULL,
	"amounts" jsonb NOT NULL,
	"state" varchar(16) NOT NULL,
	"notice_batch_id" uuid,
	"selected_count" integer DEFAULT 0 NOT NULL,
	"total_fen" bigint DEFAULT 0 NOT NULL,
	"progress" jsonb,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bank_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_no" varchar(32) NOT NULL,
	"account_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"payment_count" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_households" (
	"campaign_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"rule_label" varchar(60) NOT NULL,
	"application_id" uuid,
	CONSTRAINT "campaign_households_campaign_id_file_id_pk" PRIMARY KEY("campaign_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "fund_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"bank_name" varchar(100) NOT NULL,
	"account_no" varchar(40) NOT NULL,
	"opened_on" date NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_accounts_balance_ck" CHECK ("fund_accounts"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"source" varchar(24) NOT NULL,
	"aid_type" varchar(20) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"updated_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_budgets_amount_ck" CHECK ("fund_budgets"."amount_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_receipts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"source" varchar(24) NOT NULL,
	"kind" varchar(16) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"received_on" date NOT NULL,
	"receipt_no" varchar(40),
	"donor" varchar(100),
	"document_no" varchar(60),
	"memo" text,
	"txn_id" uuid NOT NULL,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_receipts_amount_ck" CHECK ("fund_receipts"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "fund_source_balances" (
	"account_id" uuid NOT NULL,
	"source" varchar(24) NOT NULL,
	"balance_fen" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "fund_source_balances_account_id_source_pk" PRIMARY KEY("account_id","source"),
	CONSTRAINT "fund_source_balances_ck" CHECK ("fund_source_balances"."balance_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_years" (
	"account_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by_name" varchar(100) NOT NULL,
	"closing_balance_fen" bigint NOT NULL,
	"summary" jsonb NOT NULL,
	CONSTRAINT "fund_years_account_id_year_pk" PRIMARY KEY("account_id","year")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"txn_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"ledger" varchar(8) NOT NULL,
	"source" varchar(24) NOT NULL,
	"aid_type" varchar(20),
	"aid_record_id" uuid,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "ledger_entries_ledger_ck" CHECK ("ledger_entries"."ledger" in ('bank','income','expense')),
	CONSTRAINT "ledger_entries_amount_ck" CHECK ("ledger_entries"."amount_fen" <> 0)
);
--> statement-breakpoint
CREATE TABLE "ledger_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"txn_no" varchar(32) NOT NULL,
	"account_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"kind" varchar(16) NOT NULL,
	"booked_at" timestamp with time zone NOT NULL,
	"memo" text NOT NULL,
	"reverses_id" uuid,
	"receipt_id" uuid,
	"payment_id" uuid,
	"campaign_id" uuid,
	"created_by" uuid,
	"created_by_name" varchar(100) NOT NULL,
	CONSTRAINT "ledger_transactions_kind_ck" CHECK ("ledger_transactions"."kind" in ('receipt','payment','batch_payment','reversal'))
);
--> statement-breakpoint
CREATE TABLE "payment_vouchers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"filename" varchar(200) NOT NULL,
	"mime_type" varchar(50) NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"uploaded_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payment_no" varchar(32) NOT NULL,
	"aid_record_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"method" varchar(16) NOT NULL,
	"status" varchar(12) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"source" varchar(24) NOT NULL,
	"payee_name" varchar(50) NOT NULL,
	"bank_name" varchar(50),
	"bank_card_enc" text,
	"bank_card_masked" varchar(30),
	"bank_batch_id" uuid,
	"voucher_id" uuid,
	"campaign_id" uuid,
	"txn_id" uuid NOT NULL,
	"reversal_txn_id" uuid,
	"failure_reason" text,
	"paid_at" timestamp with time zone,
	"created_by_name" varchar(100) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_method_ck" CHECK ("payments"."method" in ('bank_transfer','cash','in_kind')),
	CONSTRAINT "payments_status_ck" CHECK ("payments"."status" in ('booked','exported','paid','failed'))
);
--> statement-breakpoint
ALTER TABLE "aid_records" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "campaign_id" uuid;--> statement-breakpoint
ALTER TABLE "aid_campaigns" ADD CONSTRAINT "aid_campaigns_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_campaigns" ADD CONSTRAINT "aid_campaigns_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aid_campaigns" ADD CONSTRAINT "aid_campaigns_notice_batch_id_notice_batches_id_fk" FOREIGN KEY ("notice_batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_batches" ADD CONSTRAINT "bank_batches_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_batches" ADD CONSTRAINT "bank_batches_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_households" ADD CONSTRAINT "campaign_households_campaign_id_aid_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."aid_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_households" ADD CONSTRAINT "campaign_households_file_id_hardship_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."hardship_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_households" ADD CONSTRAINT "campaign_households_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_households" ADD CONSTRAINT "campaign_households_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_accounts" ADD CONSTRAINT "fund_accounts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_budgets" ADD CONSTRAINT "fund_budgets_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_receipts" ADD CONSTRAINT "fund_receipts_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_receipts" ADD CONSTRAINT "fund_receipts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_source_balances" ADD CONSTRAINT "fund_source_balances_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_years" ADD CONSTRAINT "fund_years_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_txn_id_ledger_transactions_id_fk" FOREIGN KEY ("txn_id") REFERENCES "public"."ledger_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_transactions" ADD CONSTRAINT "ledger_transactions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_vouchers" ADD CONSTRAINT "payment_vouchers_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_aid_record_id_aid_records_id_fk" FOREIGN KEY ("aid_record_id") REFERENCES "public"."aid_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_account_id_fund_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."fund_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_bank_batch_id_bank_batches_id_fk" FOREIGN KEY ("bank_batch_id") REFERENCES "public"."bank_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_voucher_id_payment_vouchers_id_fk" FOREIGN KEY ("voucher_id") REFERENCES "public"."payment_vouchers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aid_campaigns_org_idx" ON "aid_campaigns" USING btree ("org_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_batches_no_uq" ON "bank_batches" USING btree ("batch_no");--> statement-breakpoint
CREATE INDEX "campaign_households_app_idx" ON "campaign_households" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_accounts_org_uq" ON "fund_accounts" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_budgets_uq" ON "fund_budgets" USING btree ("account_id","year","source","aid_type");--> statement-breakpoint
CREATE UNIQUE INDEX "fund_receipts_receipt_no_uq" ON "fund_receipts" USING btree ("account_id","receipt_no");--> statement-breakpoint
CREATE INDEX "fund_receipts_account_idx" ON "fund_receipts" USING btree ("account_id","received_on");--> statement-breakpoint
CREATE INDEX "ledger_entries_txn_idx" ON "ledger_entries" USING btree ("txn_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_year_idx" ON "ledger_entries" USING btree ("account_id","year","ledger");--> statement-breakpoint
CREATE INDEX "ledger_entries_aid_record_idx" ON "ledger_entries" USING btree ("aid_record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transactions_no_uq" ON "ledger_transactions" USING btree ("txn_no");--> statement-breakpoint
CREATE INDEX "ledger_transactions_account_idx" ON "ledger_transactions" USING btree ("account_id","booked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_transactions_reverses_uq" ON "ledger_transactions" USING btree ("reverses_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_no_uq" ON "payments" USING btree ("payment_no");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_live_uq" ON "payments" USING btree ("aid_record_id") WHERE status in ('booked','exported','paid');--> statement-breakpoint
CREATE INDEX "payments_account_status_idx" ON "payments" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "payments_batch_idx" ON "payments" USING btree ("bank_batch_id");--> statement-breakpoint
CREATE INDEX "aid_records_status_org_idx" ON "aid_records" USING btree ("status","org_id");--> statement-breakpoint
CREATE INDEX "aid_records_campaign_idx" ON "aid_records" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "applications_campaign_idx" ON "applications" USING btree ("campaign_id");