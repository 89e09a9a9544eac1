PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_kind` text NOT NULL,
	`record_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`user_id` integer NOT NULL,
	`label` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`restored_from_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "revisions_kind" CHECK("__new_revisions"."record_kind" IN ('organization', 'program', 'meeting', 'meeting_series', 'agreement', 'person', 'topic', 'source')),
	CONSTRAINT "revisions_action" CHECK("__new_revisions"."action" IN ('create', 'update', 'archive', 'unarchive', 'restore', 'delete'))
);
--> statement-breakpoint
INSERT INTO `__new_revisions`("id", "record_kind", "record_id", "version", "action", "user_id", "label", "before", "after", "restored_from_id", "created_at") SELECT "id", "record_kind", "record_id", "version", "action", "user_id", "label", "before", "after", "restored_from_id", "created_at" FROM `revisions`;--> statement-breakpoint
DROP TABLE `revisions`;--> statement-breakpoint
ALTER TABLE `__new_revisions` RENAME TO `revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_record_version` ON `revisions` (`record_kind`,`record_id`,`version`);--> statement-breakpoint
CREATE INDEX `revisions_user` ON `revisions` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `revisions_created` ON `revisions` (`created_at`);