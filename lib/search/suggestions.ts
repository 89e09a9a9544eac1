/** The type-ahead's answer (/api/search/suggestions), as the browser receives it. */

/** A record as a reader sees it: its name, a line about it, and its page. */
export interface PresentedRecord {
  label: string;
  detail: string;
  href: string;
}

/** Suggestions of one kind of record, named in the reader's language. */
export interface SuggestionGroup {
  kind: string;
  label: string;
  items: PresentedRecord[];
}
