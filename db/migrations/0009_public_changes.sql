-- A counter of writes to what public pages show (every table a page reads, not
-- accounts, sign-in throttling or pending imports), so the page cache can tell a
-- sign-in from a change to the directory (db/change-watch.ts).
INSERT OR IGNORE INTO `app_meta` (`key`, `value`) VALUES ('public_changes', '0');
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_lineage_insert` AFTER INSERT ON `agreement_lineage` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_lineage_update` AFTER UPDATE ON `agreement_lineage` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_lineage_delete` AFTER DELETE ON `agreement_lineage` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_parties_insert` AFTER INSERT ON `agreement_parties` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_parties_update` AFTER UPDATE ON `agreement_parties` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_parties_delete` AFTER DELETE ON `agreement_parties` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_signatories_insert` AFTER INSERT ON `agreement_signatories` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_signatories_update` AFTER UPDATE ON `agreement_signatories` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreement_signatories_delete` AFTER DELETE ON `agreement_signatories` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreements_insert` AFTER INSERT ON `agreements` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreements_update` AFTER UPDATE ON `agreements` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_agreements_delete` AFTER DELETE ON `agreements` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_alternate_names_insert` AFTER INSERT ON `alternate_names` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_alternate_names_update` AFTER UPDATE ON `alternate_names` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_alternate_names_delete` AFTER DELETE ON `alternate_names` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_citations_insert` AFTER INSERT ON `citations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_citations_update` AFTER UPDATE ON `citations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_citations_delete` AFTER DELETE ON `citations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_organizations_insert` AFTER INSERT ON `meeting_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_organizations_update` AFTER UPDATE ON `meeting_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_organizations_delete` AFTER DELETE ON `meeting_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_people_insert` AFTER INSERT ON `meeting_people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_people_update` AFTER UPDATE ON `meeting_people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_people_delete` AFTER DELETE ON `meeting_people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_programs_insert` AFTER INSERT ON `meeting_programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_programs_update` AFTER UPDATE ON `meeting_programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_programs_delete` AFTER DELETE ON `meeting_programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_series_insert` AFTER INSERT ON `meeting_series` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_series_update` AFTER UPDATE ON `meeting_series` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_series_delete` AFTER DELETE ON `meeting_series` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_topics_insert` AFTER INSERT ON `meeting_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_topics_update` AFTER UPDATE ON `meeting_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meeting_topics_delete` AFTER DELETE ON `meeting_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meetings_insert` AFTER INSERT ON `meetings` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meetings_update` AFTER UPDATE ON `meetings` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_meetings_delete` AFTER DELETE ON `meetings` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_organizations_insert` AFTER INSERT ON `organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_organizations_update` AFTER UPDATE ON `organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_organizations_delete` AFTER DELETE ON `organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_people_insert` AFTER INSERT ON `people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_people_update` AFTER UPDATE ON `people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_people_delete` AFTER DELETE ON `people` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_positions_insert` AFTER INSERT ON `positions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_positions_update` AFTER UPDATE ON `positions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_positions_delete` AFTER DELETE ON `positions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_organizations_insert` AFTER INSERT ON `program_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_organizations_update` AFTER UPDATE ON `program_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_organizations_delete` AFTER DELETE ON `program_organizations` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_topics_insert` AFTER INSERT ON `program_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_topics_update` AFTER UPDATE ON `program_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_program_topics_delete` AFTER DELETE ON `program_topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_programs_insert` AFTER INSERT ON `programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_programs_update` AFTER UPDATE ON `programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_programs_delete` AFTER DELETE ON `programs` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_revisions_insert` AFTER INSERT ON `revisions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_revisions_update` AFTER UPDATE ON `revisions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_revisions_delete` AFTER DELETE ON `revisions` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_documents_insert` AFTER INSERT ON `search_documents` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_documents_update` AFTER UPDATE ON `search_documents` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_documents_delete` AFTER DELETE ON `search_documents` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_facets_insert` AFTER INSERT ON `search_facets` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_facets_update` AFTER UPDATE ON `search_facets` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_search_facets_delete` AFTER DELETE ON `search_facets` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_sources_insert` AFTER INSERT ON `sources` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_sources_update` AFTER UPDATE ON `sources` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_sources_delete` AFTER DELETE ON `sources` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_topics_insert` AFTER INSERT ON `topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_topics_update` AFTER UPDATE ON `topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
CREATE TRIGGER `public_changes_topics_delete` AFTER DELETE ON `topics` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
--> statement-breakpoint
-- Editors' names show in the public history.
CREATE TRIGGER `public_changes_users_update` AFTER UPDATE OF `name`, `email` ON `users` BEGIN UPDATE `app_meta` SET `value` = CAST(`value` AS INTEGER) + 1 WHERE `key` = 'public_changes'; END;
