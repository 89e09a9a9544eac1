CREATE TABLE `auth_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_by_id` integer,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "auth_tokens_kind" CHECK("auth_tokens"."kind" IN ('invitation', 'password_reset'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `auth_tokens_tokenHash_unique` ON `auth_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `auth_tokens_user` ON `auth_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `revisions` (
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
	CONSTRAINT "revisions_kind" CHECK("revisions"."record_kind" IN ('organization', 'program', 'meeting', 'meeting_series', 'agreement', 'person', 'topic', 'source')),
	CONSTRAINT "revisions_action" CHECK("revisions"."action" IN ('create', 'update', 'archive', 'unarchive', 'restore'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `revisions_record_version` ON `revisions` (`record_kind`,`record_id`,`version`);--> statement-breakpoint
CREATE INDEX `revisions_user` ON `revisions` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `revisions_created` ON `revisions` (`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `user_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`organization_id` integer,
	`program_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "user_assignments_one_target" CHECK(("user_assignments"."organization_id" IS NOT NULL) + ("user_assignments"."program_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_assignments_unique` ON `user_assignments` (`user_id`,`organization_id`,`program_id`);--> statement-breakpoint
CREATE INDEX `user_assignments_organization` ON `user_assignments` (`organization_id`);--> statement-breakpoint
CREATE INDEX `user_assignments_program` ON `user_assignments` (`program_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`role` text NOT NULL,
	`password_hash` text,
	`session_version` integer DEFAULT 1 NOT NULL,
	`disabled_at` integer,
	`last_sign_in_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "users_role" CHECK("users"."role" IN ('admin', 'editor'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);