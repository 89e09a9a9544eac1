CREATE TABLE `agreement_lineage` (
	`from_agreement_id` integer NOT NULL,
	`to_agreement_id` integer NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`from_agreement_id`, `to_agreement_id`),
	FOREIGN KEY (`from_agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`to_agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "agreement_lineage_not_self" CHECK("agreement_lineage"."from_agreement_id" <> "agreement_lineage"."to_agreement_id")
);
--> statement-breakpoint
CREATE INDEX `agreement_lineage_to` ON `agreement_lineage` (`to_agreement_id`);--> statement-breakpoint
CREATE TABLE `agreement_parties` (
	`agreement_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`agreement_id`, `organization_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agreement_parties_organization` ON `agreement_parties` (`organization_id`);--> statement-breakpoint
CREATE TABLE `agreement_signatories` (
	`agreement_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`organization_id` integer,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`agreement_id`, `person_id`),
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `agreement_signatories_person` ON `agreement_signatories` (`person_id`);--> statement-breakpoint
CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`title_en` text NOT NULL,
	`title_es` text,
	`kind` text NOT NULL,
	`signed_on` text,
	`meeting_id` integer,
	`establishes_program_id` integer,
	`summary_en` text,
	`summary_es` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`establishes_program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "agreements_kind" CHECK("agreements"."kind" IN ('memorandum_of_understanding', 'letter_of_intent', 'joint_statement')),
	CONSTRAINT "agreements_signed_on" CHECK(("agreements"."signed_on" IS NULL
    OR "agreements"."signed_on" GLOB '[12][0-9][0-9][0-9]'
    OR "agreements"."signed_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "agreements"."signed_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_slug_unique` ON `agreements` (`slug`);--> statement-breakpoint
CREATE INDEX `agreements_meeting` ON `agreements` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `alternate_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer,
	`program_id` integer,
	`name` text NOT NULL,
	`language` text NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "alternate_names_one_owner" CHECK(("alternate_names"."organization_id" IS NOT NULL) + ("alternate_names"."program_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `alternate_names_organization` ON `alternate_names` (`organization_id`);--> statement-breakpoint
CREATE INDEX `alternate_names_program` ON `alternate_names` (`program_id`);--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`organization_id` integer,
	`program_id` integer,
	`meeting_id` integer,
	`agreement_id` integer,
	`person_id` integer,
	`topic_id` integer,
	`meeting_series_id` integer,
	`locator` text,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`meeting_series_id`) REFERENCES `meeting_series`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "citations_one_record" CHECK(("citations"."organization_id" IS NOT NULL) + ("citations"."program_id" IS NOT NULL) + ("citations"."meeting_id" IS NOT NULL)
        + ("citations"."agreement_id" IS NOT NULL) + ("citations"."person_id" IS NOT NULL) + ("citations"."topic_id" IS NOT NULL)
        + ("citations"."meeting_series_id" IS NOT NULL) = 1)
);
--> statement-breakpoint
CREATE INDEX `citations_source` ON `citations` (`source_id`);--> statement-breakpoint
CREATE INDEX `citations_organization` ON `citations` (`organization_id`);--> statement-breakpoint
CREATE INDEX `citations_program` ON `citations` (`program_id`);--> statement-breakpoint
CREATE INDEX `citations_meeting` ON `citations` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `citations_agreement` ON `citations` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `citations_person` ON `citations` (`person_id`);--> statement-breakpoint
CREATE INDEX `citations_topic` ON `citations` (`topic_id`);--> statement-breakpoint
CREATE INDEX `citations_meeting_series` ON `citations` (`meeting_series_id`);--> statement-breakpoint
CREATE TABLE `meeting_organizations` (
	`meeting_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`meeting_id`, `organization_id`, `role`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meeting_organizations_role" CHECK("meeting_organizations"."role" IN ('host', 'organizer', 'participant'))
);
--> statement-breakpoint
CREATE INDEX `meeting_organizations_organization` ON `meeting_organizations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `meeting_people` (
	`meeting_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`organization_id` integer,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`meeting_id`, `person_id`, `role`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meeting_people_role" CHECK("meeting_people"."role" IN ('opened', 'hosted', 'chaired', 'facilitated', 'spoke', 'presented', 'signed', 'attended'))
);
--> statement-breakpoint
CREATE INDEX `meeting_people_person` ON `meeting_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `meeting_programs` (
	`meeting_id` integer NOT NULL,
	`program_id` integer NOT NULL,
	`relation` text NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`meeting_id`, `program_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meeting_programs_relation" CHECK("meeting_programs"."relation" IN ('part_of', 'discussed'))
);
--> statement-breakpoint
CREATE INDEX `meeting_programs_program` ON `meeting_programs` (`program_id`);--> statement-breakpoint
CREATE TABLE `meeting_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`name_en` text NOT NULL,
	`name_es` text,
	`program_id` integer,
	`planned_count` integer,
	`description_en` text,
	`description_es` text,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_series_slug_unique` ON `meeting_series` (`slug`);--> statement-breakpoint
CREATE TABLE `meeting_topics` (
	`meeting_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`meeting_id`, `topic_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `meeting_topics_topic` ON `meeting_topics` (`topic_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`title_en` text NOT NULL,
	`title_es` text,
	`kind` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`venue` text,
	`city` text,
	`state` text,
	`country` text,
	`series_id` integer,
	`series_number` integer,
	`attendance` integer,
	`attendance_qualifier` text,
	`summary_en` text,
	`summary_es` text,
	`outcomes_en` text,
	`outcomes_es` text,
	FOREIGN KEY (`series_id`) REFERENCES `meeting_series`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "meetings_kind" CHECK("meetings"."kind" IN ('announcement', 'working_group', 'seminar', 'launch', 'high_level_meeting', 'signing', 'roundtable', 'colloquium')),
	CONSTRAINT "meetings_country" CHECK("meetings"."country" IS NULL OR "meetings"."country" IN ('US', 'MX')),
	CONSTRAINT "meetings_start" CHECK(("meetings"."start_date" IS NULL
    OR "meetings"."start_date" GLOB '[12][0-9][0-9][0-9]'
    OR "meetings"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "meetings"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "meetings_end" CHECK(("meetings"."end_date" IS NULL
    OR "meetings"."end_date" GLOB '[12][0-9][0-9][0-9]'
    OR "meetings"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "meetings"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "meetings_dates_ordered" CHECK("meetings"."end_date" IS NULL OR "meetings"."start_date" IS NULL OR "meetings"."end_date" >= "meetings"."start_date"),
	CONSTRAINT "meetings_series_number" CHECK("meetings"."series_number" IS NULL OR ("meetings"."series_id" IS NOT NULL AND "meetings"."series_number" > 0)),
	CONSTRAINT "meetings_attendance" CHECK("meetings"."attendance" IS NULL OR "meetings"."attendance" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug_unique` ON `meetings` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_series_position` ON `meetings` (`series_id`,`series_number`);--> statement-breakpoint
CREATE INDEX `meetings_start_date` ON `meetings` (`start_date`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`name_en` text NOT NULL,
	`name_es` text,
	`acronym_en` text,
	`acronym_es` text,
	`kind` text NOT NULL,
	`country` text NOT NULL,
	`state` text,
	`city` text,
	`website` text,
	`ror_id` text,
	`parent_id` integer,
	`description_en` text,
	`description_es` text,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "organizations_kind" CHECK("organizations"."kind" IN ('government_agency', 'university', 'community_college', 'research_center', 'academy', 'foundation', 'company', 'association', 'binational_commission', 'observatory', 'other')),
	CONSTRAINT "organizations_country" CHECK("organizations"."country" IN ('US', 'MX', 'US-MX')),
	CONSTRAINT "organizations_ror" CHECK("organizations"."ror_id" IS NULL OR "organizations"."ror_id" GLOB '0[a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][a-z0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_ror_unique` ON `organizations` (`ror_id`);--> statement-breakpoint
CREATE INDEX `organizations_country_kind` ON `organizations` (`country`,`kind`);--> statement-breakpoint
CREATE INDEX `organizations_state` ON `organizations` (`state`);--> statement-breakpoint
CREATE INDEX `organizations_parent` ON `organizations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `organizations_name` ON `organizations` (`name_en`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`name` text NOT NULL,
	`sort_name` text NOT NULL,
	`honorific` text,
	`is_public` integer DEFAULT false NOT NULL,
	`bio_en` text,
	`bio_es` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE INDEX `people_sort_name` ON `people` (`sort_name`);--> statement-breakpoint
CREATE TABLE `positions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`organization_id` integer,
	`title_en` text NOT NULL,
	`title_es` text,
	`start_date` text,
	`end_date` text,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "positions_start" CHECK(("positions"."start_date" IS NULL
    OR "positions"."start_date" GLOB '[12][0-9][0-9][0-9]'
    OR "positions"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "positions"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "positions_end" CHECK(("positions"."end_date" IS NULL
    OR "positions"."end_date" GLOB '[12][0-9][0-9][0-9]'
    OR "positions"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "positions"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'))
);
--> statement-breakpoint
CREATE INDEX `positions_person` ON `positions` (`person_id`);--> statement-breakpoint
CREATE INDEX `positions_organization` ON `positions` (`organization_id`);--> statement-breakpoint
CREATE TABLE `program_organizations` (
	`program_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`role` text NOT NULL,
	`note_en` text,
	`note_es` text,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`program_id`, `organization_id`, `role`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "program_organizations_role" CHECK("program_organizations"."role" IN ('lead', 'partner', 'funder', 'host', 'member', 'site'))
);
--> statement-breakpoint
CREATE INDEX `program_organizations_organization` ON `program_organizations` (`organization_id`);--> statement-breakpoint
CREATE TABLE `program_topics` (
	`program_id` integer NOT NULL,
	`topic_id` integer NOT NULL,
	`source_id` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	PRIMARY KEY(`program_id`, `topic_id`),
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`topic_id`) REFERENCES `topics`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `program_topics_topic` ON `program_topics` (`topic_id`);--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`name_en` text NOT NULL,
	`name_es` text,
	`acronym` text,
	`kind` text NOT NULL,
	`status` text DEFAULT 'unknown' NOT NULL,
	`announced_on` text,
	`start_date` text,
	`end_date` text,
	`website` text,
	`parent_id` integer,
	`description_en` text,
	`description_es` text,
	FOREIGN KEY (`parent_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "programs_kind" CHECK("programs"."kind" IN ('forum', 'funding_program', 'research_center', 'research_network', 'research_project', 'consortium', 'exchange_program', 'initiative')),
	CONSTRAINT "programs_status" CHECK("programs"."status" IN ('planned', 'active', 'completed', 'unknown')),
	CONSTRAINT "programs_announced" CHECK(("programs"."announced_on" IS NULL
    OR "programs"."announced_on" GLOB '[12][0-9][0-9][0-9]'
    OR "programs"."announced_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "programs"."announced_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "programs_start" CHECK(("programs"."start_date" IS NULL
    OR "programs"."start_date" GLOB '[12][0-9][0-9][0-9]'
    OR "programs"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "programs"."start_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "programs_end" CHECK(("programs"."end_date" IS NULL
    OR "programs"."end_date" GLOB '[12][0-9][0-9][0-9]'
    OR "programs"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "programs"."end_date" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programs_slug_unique` ON `programs` (`slug`);--> statement-breakpoint
CREATE INDEX `programs_parent` ON `programs` (`parent_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`title` text NOT NULL,
	`publisher` text,
	`kind` text NOT NULL,
	`published_on` text,
	`url` text,
	`language` text,
	`archived_copy` text,
	`note_en` text,
	`note_es` text,
	CONSTRAINT "sources_kind" CHECK("sources"."kind" IN ('press_release', 'official_statement', 'news_article', 'web_page', 'report', 'publication')),
	CONSTRAINT "sources_published_on" CHECK(("sources"."published_on" IS NULL
    OR "sources"."published_on" GLOB '[12][0-9][0-9][0-9]'
    OR "sources"."published_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]'
    OR "sources"."published_on" GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_slug_unique` ON `sources` (`slug`);--> statement-breakpoint
CREATE TABLE `topics` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`archived_at` integer,
	`uncertain` integer DEFAULT false NOT NULL,
	`uncertainty_note` text,
	`name_en` text NOT NULL,
	`name_es` text NOT NULL,
	`description_en` text,
	`description_es` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `topics_slug_unique` ON `topics` (`slug`);