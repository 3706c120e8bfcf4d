DROP INDEX "hardship_files_name_idx";--> statement-breakpoint
DROP INDEX "hardship_files_pinyin_idx";--> statement-breakpoint
DROP INDEX "hardship_files_initials_idx";--> statement-breakpoint
-- INCLUDE added by hand (drizzle cannot express it): a name, pinyin or initials search over a city's subtree
-- reads its matches' org and sort key from the index alone (index-only), not one heap page per match.
CREATE INDEX "hardship_files_name_cover_idx" ON "hardship_files" USING btree ("head_name" text_pattern_ops,"id") INCLUDE ("org_id","updated_at");--> statement-breakpoint
CREATE INDEX "hardship_files_pinyin_cover_idx" ON "hardship_files" USING btree ("head_name_pinyin" text_pattern_ops) INCLUDE ("org_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "hardship_files_initials_cover_idx" ON "hardship_files" USING btree ("head_name_initials" text_pattern_ops) INCLUDE ("org_id","updated_at","id");
