DROP INDEX `organizations_country_live`;--> statement-breakpoint
DROP INDEX `organizations_kind_live`;--> statement-breakpoint
DROP INDEX `organizations_state_live`;--> statement-breakpoint
CREATE INDEX `organizations_country_live` ON `organizations` (`country`,`archived_at`,"name_en" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `organizations_kind_live` ON `organizations` (`kind`,`archived_at`,"name_en" COLLATE NOCASE,`id`);--> statement-breakpoint
CREATE INDEX `organizations_state_live` ON `organizations` (`state`,`archived_at`,"name_en" COLLATE NOCASE,`id`);