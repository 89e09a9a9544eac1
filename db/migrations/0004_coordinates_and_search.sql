CREATE TABLE `search_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`record_id` integer NOT NULL,
	`slug` text NOT NULL,
	`label_en` text NOT NULL,
	`label_es` text,
	`acronym` text,
	`country` text,
	`state` text,
	`city` text,
	`date` text,
	`weight` integer DEFAULT 0 NOT NULL,
	CONSTRAINT "search_documents_kind" CHECK("search_documents"."kind" IN ('organization', 'program', 'meeting', 'agreement', 'person', 'topic'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_documents_record` ON `search_documents` (`kind`,`record_id`);--> statement-breakpoint
CREATE TABLE `search_facets` (
	`document_id` integer NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`facet`, `value`, `document_id`),
	FOREIGN KEY (`document_id`) REFERENCES `search_documents`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "search_facets_facet" CHECK("search_facets"."facet" IN ('country', 'state', 'orgKind', 'topic', 'program', 'year'))
);
--> statement-breakpoint
CREATE INDEX `search_facets_document` ON `search_facets` (`document_id`);--> statement-breakpoint
-- Hand-written from here: drizzle-kit rebuilds both tables to add two columns and
-- its copy reads the new columns from the old tables. Adding them in place keeps
-- every row and index; the CHECK is the one schema.ts declares.
ALTER TABLE `organizations` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `organizations` ADD `longitude` real CONSTRAINT "organizations_coordinates" CHECK(("latitude" IS NULL AND "longitude" IS NULL) OR ("latitude" IS NOT NULL AND "longitude" IS NOT NULL AND "latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180));--> statement-breakpoint
ALTER TABLE `meetings` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `meetings` ADD `longitude` real CONSTRAINT "meetings_coordinates" CHECK(("latitude" IS NULL AND "longitude" IS NULL) OR ("latitude" IS NOT NULL AND "longitude" IS NOT NULL AND "latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180));--> statement-breakpoint
-- The words of each search document (rowid = search_documents.id): names (every
-- language, acronyms, other names), keywords (places, kinds, topics) and body text.
-- unicode61 with remove_diacritics 2 folds case and accents ("martir" = "Mártir");
-- prefix indexes answer type-ahead ("auto*") without scanning the term list.
CREATE VIRTUAL TABLE `search_text` USING fts5(names, keywords, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');--> statement-breakpoint
-- Its term list, for "did you mean" corrections of near-miss typos.
CREATE VIRTUAL TABLE `search_terms` USING fts5vocab(`search_text`, 'row');
