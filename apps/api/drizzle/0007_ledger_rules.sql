-- The ledger is append-only: corrections are reversing transactions, never edits.
CREATE OR REPLACE FUNCTION ledger_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_no_update BEFORE UPDATE OR DELETE ON "ledger_transactions"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
-- A closed year takes no new transactions (SQLSTATE BF001).
CREATE OR REPLACE FUNCTION ledger_year_open() RETURNS trigger AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM fund_years y WHERE y.account_id = NEW.account_id AND y.year = NEW.year) THEN
    RAISE EXCEPTION 'The year % is closed for this account', NEW.year USING ERRCODE = 'BF001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_year_open BEFORE INSERT ON "ledger_transactions"
  FOR EACH ROW EXECUTE FUNCTION ledger_year_open();
--> statement-breakpoint
-- Every statement that inserts entries: each transaction it touches must balance (sum zero) with
-- entries of the transaction's own account and year; then the 'bank' lines move the balances, whose
-- CHECK constraints refuse to go below zero (SQLSTATE 23514).
CREATE OR REPLACE FUNCTION ledger_entries_post() RETURNS trigger AS $$
DECLARE
  bad record;
BEGIN
  SELECT t.id, t.txn_no INTO bad
  FROM ledger_transactions t
  WHERE t.id IN (SELECT DISTINCT txn_id FROM new_entries)
    AND ((SELECT coalesce(sum(e.amount_fen), 0) FROM ledger_entries e WHERE e.txn_id = t.id) <> 0
      OR EXISTS (SELECT 1 FROM ledger_entries e WHERE e.txn_id = t.id AND (e.account_id <> t.account_id OR e.year <> t.year)))
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'Ledger transaction % does not balance', bad.txn_no USING ERRCODE = 'BF002';
  END IF;
  UPDATE fund_accounts a SET balance_fen = a.balance_fen + d.delta, updated_at = now()
  FROM (SELECT account_id, sum(amount_fen) AS delta FROM new_entries WHERE ledger = 'bank' GROUP BY account_id) d
  WHERE a.id = d.account_id AND d.delta <> 0;
  -- Update existing rows, then add new ones: a CHECK is tested on the proposed row of an INSERT
  -- before ON CONFLICT is considered, so a debit must never go through the INSERT path.
  UPDATE fund_source_balances b SET balance_fen = b.balance_fen + d.delta
  FROM (SELECT account_id, source, sum(amount_fen) AS delta FROM new_entries WHERE ledger = 'bank' GROUP BY account_id, source) d
  WHERE b.account_id = d.account_id AND b.source = d.source AND d.delta <> 0;
  INSERT INTO fund_source_balances (account_id, source, balance_fen)
  SELECT d.account_id, d.source, d.delta
  FROM (SELECT account_id, source, sum(amount_fen) AS delta FROM new_entries WHERE ledger = 'bank' GROUP BY account_id, source) d
  WHERE NOT EXISTS (SELECT 1 FROM fund_source_balances b WHERE b.account_id = d.account_id AND b.source = d.source)
  ORDER BY d.account_id, d.source;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_post AFTER INSERT ON "ledger_entries"
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION ledger_entries_post();
--> statement-breakpoint
-- Numbers for vouchers, payments and bank batches: gaps are fine, duplicates are not.
CREATE SEQUENCE IF NOT EXISTS ledger_txn_no_seq;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS payment_no_seq;
--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS bank_batch_no_seq;
