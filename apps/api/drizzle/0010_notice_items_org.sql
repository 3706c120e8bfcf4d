-- Each notice line keeps its application's union, for paging a large batch by unit and by subtree.
ALTER TABLE "notice_items" ADD COLUMN "org_id" uuid;--> statement-breakpoint
UPDATE "notice_items" ni SET "org_id" = a."org_id" FROM "applications" a WHERE a."id" = ni."application_id";--> statement-breakpoint
ALTER TABLE "notice_items" ALTER COLUMN "org_id" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "notice_items_batch_org_idx" ON "notice_items" USING btree ("batch_id","org_id","position");
