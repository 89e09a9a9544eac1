CREATE TABLE `import_rows` (
	`import_id` integer NOT NULL,
	`line` integer NOT NULL,
	`status` text NOT NULL,
	`label` text NOT NULL,
	`record_id` integer,
	`record_version` integer,
	`record_slug` text,
	`plan` text NOT NULL,
	PRIMARY KEY(`import_id`, `line`),
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "import_rows_status" CHECK("import_rows"."status" IN ('create', 'update', 'unchanged', 'error'))
);
--> statement-breakpoint
CREATE INDEX `import_rows_status` ON `import_rows` (`import_id`,`status`,`line`);--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_size` integer NOT NULL,
	`encoding` text NOT NULL,
	`delimiter` text NOT NULL,
	`source_id` integer,
	`notices` text NOT NULL,
	`row_count` integer NOT NULL,
	`create_count` integer NOT NULL,
	`update_count` integer NOT NULL,
	`unchanged_count` integer NOT NULL,
	`error_count` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`applied_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "imports_kind" CHECK("imports"."kind" IN ('organization', 'meeting')),
	CONSTRAINT "imports_status" CHECK("imports"."status" IN ('pending', 'applied'))
);
--> statement-breakpoint
CREATE INDEX `imports_user` ON `imports` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `imports_status_expiry` ON `imports` (`status`,`expires_at`);--> statement-breakpoint
ALTER TABLE `revisions` ADD `import_id` integer REFERENCES imports(id);