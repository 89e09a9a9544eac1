ALTER TABLE `search_documents` ADD `facet_keys` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `search_documents_kind_weight` ON `search_documents` (`kind`,`weight`);--> statement-breakpoint
-- Hand-written: empty the index so the next start rebuilds it with facet_keys filled in
-- (db/setup.ts rebuilds an empty index when records exist).
DELETE FROM `search_facets`;--> statement-breakpoint
DELETE FROM `search_text`;--> statement-breakpoint
DELETE FROM `search_documents`;
