DROP INDEX "hardship_files_org_idx";--> statement-breakpoint
-- INCLUDE added by hand (drizzle cannot express it): the files of a subtree that are due for review are read
-- from the index alone (index-only) and sorted either way, by due date or newest first; a unit's own list
-- too. Replaces (org_id, updated_at DESC), which nothing reads once this exists.
CREATE INDEX "hardship_files_org_due_idx" ON "hardship_files" USING btree ("org_id","review_due_on") INCLUDE ("updated_at","status","id");
