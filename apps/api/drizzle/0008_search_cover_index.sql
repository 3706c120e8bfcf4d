DROP INDEX "hardship_files_updated_idx";--> statement-breakpoint
-- INCLUDE added by hand (drizzle cannot express it): a filtered newest-first search reads its page's ids by an index-only scan.
CREATE INDEX "hardship_files_updated_cover_idx" ON "hardship_files" USING btree ("updated_at" DESC NULLS LAST,"id" DESC NULLS LAST) INCLUDE ("org_id","review_due_on","status","category","main_cause","household_type");
