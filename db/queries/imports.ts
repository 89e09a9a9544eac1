/**
 * Imports as their pages show them: an editor's own imports (nobody else's),
 * the rows of one a page at a time, and the sources a file may cite.
 */
import { and, asc, count, desc, eq, isNull } from "drizzle-orm";
import type { Snapshot } from "@/db/aggregates";
import type { Actor } from "@/db/authorize";
import { getDb } from "@/db/client";
import type { FileNotice, RowPlan } from "@/db/mutations/imports";
import { importRows, imports, sources, type ImportRow } from "@/db/schema";
import type { ImportKind, ImportRowStatus } from "@/lib/vocabulary";
import { labelReferences, type ReferenceLabels } from "./history";
import { offsetOf, pageOf, type Page, type PageRequest } from "./shared";

export interface ImportSummary {
  id: number;
  kind: ImportKind;
  status: "pending" | "applied";
  /** A pending import past its time can no longer be confirmed. */
  expired: boolean;
  fileName: string;
  encoding: string;
  rowCount: number;
  counts: Record<ImportRowStatus, number>;
  notices: FileNotice[];
  source: { slug: string; title: string } | null;
  createdAt: Date;
  expiresAt: Date;
  appliedAt: Date | null;
}

const summaryColumns = {
  id: imports.id,
  kind: imports.kind,
  status: imports.status,
  fileName: imports.fileName,
  encoding: imports.encoding,
  rowCount: imports.rowCount,
  createCount: imports.createCount,
  updateCount: imports.updateCount,
  unchangedCount: imports.unchangedCount,
  errorCount: imports.errorCount,
  notices: imports.notices,
  sourceSlug: sources.slug,
  sourceTitle: sources.title,
  createdAt: imports.createdAt,
  expiresAt: imports.expiresAt,
  appliedAt: imports.appliedAt,
};

function selectSummaries() {
  return getDb().select(summaryColumns).from(imports).leftJoin(sources, eq(sources.id, imports.sourceId));
}

type SummaryRow = ReturnType<ReturnType<typeof selectSummaries>["all"]>[number];

function toSummary(row: SummaryRow, now: Date): ImportSummary {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    expired: row.status === "pending" && row.expiresAt <= now,
    fileName: row.fileName,
    encoding: row.encoding,
    rowCount: row.rowCount,
    counts: { create: row.createCount, update: row.updateCount, unchanged: row.unchangedCount, error: row.errorCount },
    notices: row.notices as FileNotice[],
    source: row.sourceSlug && row.sourceTitle ? { slug: row.sourceSlug, title: row.sourceTitle } : null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    appliedAt: row.appliedAt,
  };
}

/** One of the editor's imports; another's is as good as missing. */
export function getImportOf(actor: Actor, id: number, now = new Date()): ImportSummary | null {
  const row = selectSummaries()
    .where(and(eq(imports.id, id), eq(imports.userId, actor.id)))
    .get();
  return row ? toSummary(row, now) : null;
}

export function listImportsOf(actor: Actor, limit = 20, now = new Date()): ImportSummary[] {
  return selectSummaries()
    .where(eq(imports.userId, actor.id))
    .orderBy(desc(imports.id))
    .limit(limit)
    .all()
    .map((row) => toSummary(row, now));
}

export interface ImportRowView {
  line: number;
  status: ImportRowStatus;
  label: string;
  recordSlug: string | null;
  plan: RowPlan;
}

export interface ImportRowsPage extends Page<ImportRowView> {
  /** Names of the records the rows' changes point to (sources, organizations), for showing them. */
  labels: ReferenceLabels;
}

/** A page of an import's rows in file order, optionally of one status. */
export function listImportRows(importId: number, kind: ImportKind, status: ImportRowStatus | undefined, req: PageRequest): ImportRowsPage {
  const db = getDb();
  const where = and(eq(importRows.importId, importId), status ? eq(importRows.status, status) : undefined);
  const total = db.select({ n: count() }).from(importRows).where(where).get()?.n ?? 0;
  const rows: ImportRow[] = db
    .select()
    .from(importRows)
    .where(where)
    .orderBy(asc(importRows.line))
    .limit(req.pageSize)
    .offset(offsetOf(req))
    .all();
  const items = rows.map((r) => ({ line: r.line, status: r.status, label: r.label, recordSlug: r.recordSlug, plan: r.plan as RowPlan }));
  // The changes as snapshots, so history's labelling reads every id they mention in one query per kind.
  const mentioned: Snapshot[] = items.flatMap(({ plan }) =>
    plan.diff
      ? [
          {
            slug: "",
            archived: false,
            fields: Object.fromEntries(plan.diff.fields.map((f) => [f.field, f.after])),
            links: Object.fromEntries(plan.diff.links.map((l) => [l.linkSet, [...l.added, ...l.removed]])),
          },
          { slug: "", archived: false, fields: Object.fromEntries(plan.diff.fields.map((f) => [f.field, f.before])), links: {} },
        ]
      : [],
  );
  return { ...pageOf(items, total, req), labels: labelReferences(kind, mentioned, { canSeePrivatePeople: true }) };
}

/** The sources a whole file may cite, by title. */
export function listSourcesToCite(): { id: number; slug: string; title: string; publishedOn: string | null }[] {
  return getDb()
    .select({ id: sources.id, slug: sources.slug, title: sources.title, publishedOn: sources.publishedOn })
    .from(sources)
    .where(isNull(sources.archivedAt))
    .orderBy(asc(sources.title))
    .all();
}
