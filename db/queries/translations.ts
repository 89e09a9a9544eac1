/**
 * The editors' "needs translation" list: live records whose translated text exists
 * in one language only, or that have a field marked "needs review". Paged across
 * kinds in a fixed order (kind, then name), one count and at most one page read per
 * kind, so no kind is scanned for rows it does not contribute.
 */
import { and, asc, count, getTableColumns, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { AGGREGATES } from "@/db/aggregates";
import { getDb } from "@/db/client";
import type { DbExecutor } from "@/db/connection";
import { statusColumn, TRANSLATED_FIELDS, translatedColumn, type RecordKind } from "@/lib/vocabulary";
import { bilingual, offsetOf, pageOf, type Bilingual, type Page, type PageRequest } from "./shared";

/** Kinds with pages of their own (and so an edit page to link to), in the list's order. */
export const TRANSLATION_KINDS = ["organization", "program", "meeting", "agreement", "person", "topic", "source"] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

export interface TranslationGap {
  field: string;
  language: "en" | "es";
  /** "missing": no text in this language while the other has some; "review": marked "needs review". */
  reason: "missing" | "review";
}

export interface RecordNeedingTranslation {
  kind: TranslationKind;
  id: number;
  slug: string;
  name: Bilingual;
  gaps: TranslationGap[];
}

export interface TranslationFilter {
  kind?: TranslationKind;
  /** Only records missing this language (or with a field in it marked for review). */
  missing?: "en" | "es";
}

const LANGUAGES = ["en", "es"] as const;

function columnsOf(kind: RecordKind): Record<string, AnySQLiteColumn> {
  return getTableColumns(AGGREGATES[kind].table) as unknown as Record<string, AnySQLiteColumn>;
}

const blank = (column: AnySQLiteColumn): SQL => sql`coalesce(trim(${column}), '') = ''`;

/** The SQL test for "this record needs translation into `language`". */
function needsLanguage(kind: RecordKind, language: "en" | "es"): SQL {
  const columns = columnsOf(kind);
  const other = language === "en" ? "es" : "en";
  const tests = TRANSLATED_FIELDS[kind].flatMap((field) => {
    const here = columns[translatedColumn(field, language)]!;
    const there = columns[translatedColumn(field, other)]!;
    return [and(blank(here), sql`not ${blank(there)}`)!, sql`${columns[statusColumn(field, language)]!} = 'needs_review'`];
  });
  return or(...tests)!;
}

function whereFor(kind: TranslationKind, filter: TranslationFilter): SQL {
  const table = AGGREGATES[kind].table;
  const languages = filter.missing ? [filter.missing] : LANGUAGES;
  return and(isNull(table.archivedAt), or(...languages.map((l) => needsLanguage(kind, l))))!;
}

/** A record's display name in both languages (people and sources have one name). */
function nameOf(kind: TranslationKind, row: Record<string, unknown>): Bilingual {
  const text = (key: string) => (typeof row[key] === "string" ? (row[key] as string) : null);
  if (kind === "person") return bilingual(text("name"), text("name"));
  if (kind === "source") return bilingual(text("title"), text("title"));
  if (kind === "meeting" || kind === "agreement") return bilingual(text("titleEn"), text("titleEs"));
  return bilingual(text("nameEn"), text("nameEs"));
}

/** What a record's row lacks, field by field (the same tests as the SQL, for the page to say why it is listed). */
export function translationGaps(kind: RecordKind, row: Record<string, unknown>, only?: "en" | "es"): TranslationGap[] {
  const filled = (key: string) => typeof row[key] === "string" && (row[key] as string).trim() !== "";
  const gaps: TranslationGap[] = [];
  for (const field of TRANSLATED_FIELDS[kind]) {
    for (const language of only ? [only] : LANGUAGES) {
      const other = language === "en" ? "es" : "en";
      if (!filled(translatedColumn(field, language)) && filled(translatedColumn(field, other)))
        gaps.push({ field, language, reason: "missing" });
      else if (row[statusColumn(field, language)] === "needs_review") gaps.push({ field, language, reason: "review" });
    }
  }
  return gaps;
}

export function listRecordsNeedingTranslation(
  filter: TranslationFilter,
  req: PageRequest,
  db: DbExecutor = getDb(),
): Page<RecordNeedingTranslation> {
  const kinds = filter.kind ? [filter.kind] : TRANSLATION_KINDS;
  const counts = kinds.map((kind) => {
    const table = AGGREGATES[kind].table;
    return db.select({ n: count() }).from(table).where(whereFor(kind, filter)).get()?.n ?? 0;
  });
  const total = counts.reduce((a, b) => a + b, 0);

  const items: RecordNeedingTranslation[] = [];
  let skip = offsetOf(req);
  kinds.forEach((kind, i) => {
    const n = counts[i]!;
    const room = req.pageSize - items.length;
    if (room <= 0) return;
    if (skip >= n) {
      skip -= n;
      return;
    }
    const table = AGGREGATES[kind].table;
    const columns = columnsOf(kind);
    const sortKey = columns.nameEn ?? columns.titleEn ?? columns.name ?? columns.title!;
    const rows = db
      .select()
      .from(table)
      .where(whereFor(kind, filter))
      .orderBy(asc(sql`${sortKey} COLLATE NOCASE`), asc(table.id))
      .limit(room)
      .offset(skip)
      .all() as Record<string, unknown>[];
    skip = 0;
    for (const row of rows) {
      items.push({
        kind,
        id: row.id as number,
        slug: row.slug as string,
        name: nameOf(kind, row),
        gaps: translationGaps(kind, row, filter.missing),
      });
    }
  });
  return pageOf(items, total, req);
}
