/**
 * Whole lists as downloads: every record the filters select, as CSV or JSON,
 * streamed. The ids are read once in list order (one consistent set, a few bytes
 * per record), then the records a chunk at a time as the client reads, so 100,000
 * organizations never sit in memory at once and other requests are served between
 * chunks (better-sqlite3 is synchronous: one long statement would block them).
 */
import "server-only";
import type { z } from "zod";
import { listMeetingIds, listMeetingsByIds } from "@/db/queries/meetings";
import { listOrganizationIds, listOrganizationsByIds } from "@/db/queries/organizations";
import { listParticipationsOfMeetings } from "@/db/queries/participations";
import { CSV_BOM, csvRow, type CsvValue } from "@/lib/csv";
import { LOCALES } from "@/lib/i18n/locales";
import type { ExportDataset, ExportFormat } from "@/lib/routes";
import type { ParamSchemas } from "@/lib/search-params";
import { meetingListParams, organizationListParams, participationListParams } from "@/lib/validation/list-params";
import { API_CACHE_CONTROL, CORS_HEADERS } from "./http";
import type { ApiQuery } from "./query";
import * as represent from "./represent";
import * as s from "./schemas";

interface Column<R> {
  header: string;
  value: (item: R) => CsvValue;
}

export interface Dataset<S extends ParamSchemas = ParamSchemas, R = unknown> {
  name: ExportDataset;
  query: S;
  /** The JSON item, the same as the list endpoint's. */
  item: z.ZodType<R>;
  /** Ids in list order: records, or for participations the meetings they belong to. */
  ids: (values: ApiQuery<S>["values"]) => number[];
  /** One chunk of ids, as API items in list order. */
  read: (ids: number[], values: ApiQuery<S>["values"]) => R[];
  chunkSize: number;
  columns: Column<R>[];
}

function dataset<S extends ParamSchemas, R>(d: Dataset<S, R>): Dataset<S, R> {
  return d;
}

/** The record's API address and its web page in each language the site has. */
function linkColumns<R>(links: (item: R) => { self: string; html: Record<string, string> }, prefix = ""): Column<R>[] {
  return [
    { header: `${prefix}api_url`, value: (i) => links(i).self },
    ...LOCALES.map((l) => ({ header: `${prefix}page_${l}`, value: (i: R) => links(i).html[l] })),
  ];
}

type OrganizationItem = z.output<typeof s.organizationRefSchema>;
type MeetingItem = z.output<typeof s.meetingListItemSchema>;
type ParticipationItem = z.output<typeof s.participationSchema>;

const organizationColumns: Column<OrganizationItem>[] = [
  { header: "slug", value: (o) => o.slug },
  { header: "name_en", value: (o) => o.name.en },
  { header: "name_es", value: (o) => o.name.es },
  { header: "acronym_en", value: (o) => o.acronym.en },
  { header: "acronym_es", value: (o) => o.acronym.es },
  { header: "kind", value: (o) => o.kind },
  { header: "country", value: (o) => o.country },
  { header: "state", value: (o) => o.state },
  { header: "city", value: (o) => o.city },
  { header: "uncertain", value: (o) => o.uncertain },
  ...linkColumns<OrganizationItem>((o) => o.links),
];

const meetingColumns: Column<MeetingItem>[] = [
  { header: "slug", value: (m) => m.slug },
  { header: "title_en", value: (m) => m.title.en },
  { header: "title_es", value: (m) => m.title.es },
  { header: "kind", value: (m) => m.kind },
  { header: "start_date", value: (m) => m.startDate },
  { header: "end_date", value: (m) => m.endDate },
  { header: "city", value: (m) => m.city },
  { header: "state", value: (m) => m.state },
  { header: "country", value: (m) => m.country },
  { header: "series_number", value: (m) => m.seriesNumber },
  { header: "hosts", value: (m) => m.hosts.map((h) => h.slug).join("; ") },
  { header: "uncertain", value: (m) => m.uncertain },
  ...linkColumns<MeetingItem>((m) => m.links),
];

const participationColumns: Column<ParticipationItem>[] = [
  { header: "meeting_slug", value: (p) => p.meeting.slug },
  { header: "meeting_title_en", value: (p) => p.meeting.title.en },
  { header: "meeting_title_es", value: (p) => p.meeting.title.es },
  { header: "meeting_start_date", value: (p) => p.meeting.startDate },
  { header: "meeting_country", value: (p) => p.meeting.country },
  { header: "organization_slug", value: (p) => p.organization.slug },
  { header: "organization_name_en", value: (p) => p.organization.name.en },
  { header: "organization_name_es", value: (p) => p.organization.name.es },
  { header: "organization_country", value: (p) => p.organization.country },
  { header: "role", value: (p) => p.role },
  { header: "uncertain", value: (p) => p.uncertain },
  { header: "uncertainty_note", value: (p) => p.uncertaintyNote },
  { header: "source_slug", value: (p) => p.source?.slug },
  { header: "source_title", value: (p) => p.source?.title },
  { header: "source_url", value: (p) => p.source?.url },
  ...linkColumns<ParticipationItem>((p) => p.meeting.links, "meeting_"),
  ...linkColumns<ParticipationItem>((p) => p.organization.links, "organization_"),
];

export const datasets = {
  organizations: dataset({
    name: "organizations",
    query: organizationListParams,
    item: s.organizationListItemSchema,
    ids: (values) => listOrganizationIds(values),
    read: (ids) => listOrganizationsByIds(ids).map(represent.organizationRef),
    chunkSize: 1000,
    columns: organizationColumns,
  }),
  meetings: dataset({
    name: "meetings",
    query: meetingListParams,
    item: s.meetingListItemSchema,
    ids: (values) => listMeetingIds(values),
    read: (ids) => listMeetingsByIds(ids).map(represent.meetingListItem),
    chunkSize: 500,
    columns: meetingColumns,
  }),
  participations: dataset({
    name: "participations",
    query: participationListParams,
    item: s.participationSchema,
    ids: (values) => listMeetingIds({ ...values, slug: values.meeting }),
    read: (meetingIds, values) => listParticipationsOfMeetings(meetingIds, values).map(represent.participation),
    chunkSize: 200,
    columns: participationColumns,
  }),
} satisfies Record<ExportDataset, object>;

/** Each dataset with its own types erased, for code that serves any of them. */
export function datasetNamed(name: ExportDataset): Dataset {
  return datasets[name] as unknown as Dataset;
}

/** "puentes-organizations-country-MX.csv": what was downloaded, readable in a downloads folder. */
export function exportFilename(name: ExportDataset, format: ExportFormat, values: Record<string, unknown>): string {
  const filters = Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `-${k}-${String(v)}`)
    .join("");
  return `puentes-${name}${filters}.${format}`;
}

/**
 * The download as a streamed response. JSON is `{"data": [...], "meta": {"total": n}}`
 * with the list endpoint's items; the total comes last because participations are
 * counted as they are written.
 */
export function exportResponse<S extends ParamSchemas, R>(d: Dataset<S, R>, format: ExportFormat, values: ApiQuery<S>["values"]): Response {
  const ids = d.ids(values);
  const encoder = new TextEncoder();
  let next = 0;
  let written = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? CSV_BOM + csvRow(d.columns.map((c) => c.header)) : '{"data":['));
    },
    // Called when the client has taken what was sent: one chunk of records per call.
    pull(controller) {
      if (next >= ids.length) {
        if (format === "json") controller.enqueue(encoder.encode(`],"meta":{"total":${written}}}`));
        controller.close();
        return;
      }
      const items = d.read(ids.slice(next, next + d.chunkSize), values);
      next += d.chunkSize;
      const text =
        format === "csv"
          ? items.map((item) => csvRow(d.columns.map((c) => c.value(item)))).join("")
          : items.map((item, i) => (written + i === 0 ? "" : ",") + JSON.stringify(item)).join("");
      written += items.length;
      if (text) controller.enqueue(encoder.encode(text));
    },
  });
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      "Cache-Control": API_CACHE_CONTROL,
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(d.name, format, values)}"`,
    },
  });
}
