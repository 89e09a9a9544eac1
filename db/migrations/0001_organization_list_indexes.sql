DROP INDEX `organizations_country_kind`;--> statement-breakpoint
DROP INDEX `organizations_state`;--> statement-breakpoint
DROP INDEX `organizations_name`;--> statement-breakpoint
CREATE INDEX `organizations_country_live` ON `organizations` (`country`,`archived_at`);--> statement-breakpoint
CREATE INDEX `organizations_kind_live` ON `organizations` (`kind`,`archived_at`);--> statement-breakpoint
CREATE INDEX `organizations_state_live` ON `organizations` (`state`,`archived_at`);--> statement-breakpoint
CREATE INDEX `organizations_name_nocase` ON `organizations` ("name_en" COLLATE NOCASE,`archived_at`);