-- Written by hand from drizzle-kit's output (as 0004 was): drizzle-kit rebuilds the table to add a CHECK,
-- and its INSERT … SELECT read the new column from the old table. SQLite adds a column with its CHECK in place.
ALTER TABLE `organizations` ADD `wikidata_id` text CONSTRAINT "organizations_wikidata" CHECK("wikidata_id" IS NULL OR ("wikidata_id" GLOB 'Q[1-9]*' AND substr("wikidata_id", 2) NOT GLOB '*[^0-9]*'));--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_wikidata_unique` ON `organizations` (`wikidata_id`);
