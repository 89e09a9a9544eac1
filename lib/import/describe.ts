/**
 * Import problems in the reader's language. The import reports them as codes
 * with values (db/mutations/imports.ts); here they become the sentences the
 * upload form and the preview show. The schemas' own messages (“The website
 * must be a full web address…”) pass through as the edit forms show them.
 */
import type { ApplyFailure, FileNotice, FileProblem, ImportState } from "@/db/mutations/imports";
import { formatChangeTime } from "@/lib/history/format";
import type { I18n } from "@/lib/i18n/server";
import type { ImportKind } from "@/lib/vocabulary";
import type { RowIssue } from "./columns";

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export function describeFileProblem(i18n: I18n, problem: FileProblem): string {
  const templates = i18n.m.dataImport.problems;
  const template = templates[problem.code] ?? problem.code;
  switch (problem.code) {
    case "too_large":
      return i18n.t(template, { size: megabytes(problem.size), max: megabytes(problem.max) });
    case "too_many_rows":
      return i18n.t(template, { rows: problem.rows, max: problem.max });
    case "missing_columns":
    case "duplicate_columns":
      return i18n.t(template, { count: problem.columns.length, columns: i18n.list(problem.columns.map((c) => `“${c}”`)) });
    case "unclosed_quote":
      return i18n.t(template, { row: problem.row });
    default:
      return template;
  }
}

export function describeNotice(i18n: I18n, notice: FileNotice): string {
  const template = i18n.m.dataImport.notices[notice.code] ?? notice.code;
  switch (notice.code) {
    case "unknown_columns":
      return i18n.t(template, { columns: i18n.list(notice.columns.map((c) => `“${c}”`)) });
    case "imported_before":
      return i18n.t(template, { date: formatChangeTime(new Date(notice.appliedAt), i18n.locale) });
    default:
      return template;
  }
}

export function describeIssue(i18n: I18n, kind: ImportKind, { issue }: RowIssue): string {
  const d = i18n.m.dataImport;
  // Field problems come from the edit forms' schemas as message references.
  if (issue.code === "invalid") return i18n.msg(issue.message);
  const template = d.issues[issue.code] ?? issue.code;
  switch (issue.code) {
    case "not_allowed_create":
      return i18n.t(template, { kind: d.kindsShort[kind] ?? kind });
    case "ambiguous_match":
      return i18n.t(template, { by: d.matchKeys[issue.by] ?? issue.by, names: issue.names });
    default:
      return i18n.t(template, Object.fromEntries(Object.entries(issue).filter(([key]) => key !== "code")));
  }
}

/** Why the write was refused, naming the row, or why the import cannot be written at all. */
export function describeRowFailure(i18n: I18n, failure: { row: number; label: string; reason: ApplyFailure; detail: string }): string {
  const d = i18n.m.dataImport;
  const reason = i18n.t(d.failures[failure.reason] ?? failure.reason, { detail: failure.detail });
  return i18n.t(d.failed, { row: failure.row, label: failure.label || d.untitled, reason });
}

export function describeImportState(i18n: I18n, state: ImportState): string {
  return i18n.m.dataImport.states[state] ?? state;
}
