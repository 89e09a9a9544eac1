/**
 * Exports on a synthetic dataset big enough to take several chunks: the stream
 * sends the records a chunk at a time, in list order, and its JSON equals the
 * API list read page by page (a real SQLite file, never a mock).
 */
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "@/db/connection";
import { listMeetings } from "@/db/queries/meetings";
import { listOrganizations } from "@/db/queries/organizations";
import { listParticipations } from "@/db/queries/participations";
import type { Page, PageRequest } from "@/db/queries/shared";
import { migrateDatabase } from "@/db/migrate";
import { generateSyntheticData } from "@/db/seed/synthetic";
import { datasetNamed, exportResponse } from "@/lib/api/exports";
import * as represent from "@/lib/api/represent";
import type { ExportDataset, ExportFormat } from "@/lib/routes";

beforeAll(() => {
  const db = openDatabase(process.env.DATABASE_PATH!);
  migrateDatabase(db);
  // More organizations than one chunk (1,000), more meetings than one chunk (500).
  generateSyntheticData(db, { organizations: 2_600, meetings: 700, seed: 3 });
  db.$client.close();
  // Generating takes a few seconds; more on a loaded machine.
}, 180_000);

async function download(name: ExportDataset, format: ExportFormat, values: Record<string, unknown> = {}) {
  const response = exportResponse(datasetNamed(name), format, values);
  const reader = response.body!.getReader();
  const parts: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return { response, parts, text: Buffer.concat(parts).toString("utf8") };
}

function everyPage<T, R>(list: (req: PageRequest) => Page<T>, toItem: (t: T) => R): R[] {
  const items: R[] = [];
  for (let page = 1; ; page++) {
    const result = list({ page, pageSize: 100 });
    items.push(...result.items.map(toItem));
    if (page >= result.pageCount) return items;
  }
}

describe("exports", () => {
  test("stream the organizations a chunk at a time, equal to the list page after page", async () => {
    const { parts, text } = await download("organizations", "json");
    const body = JSON.parse(text);
    const list = everyPage((req) => listOrganizations({}, req), represent.organizationRef);
    // Some synthetic organizations are archived, and lists leave them out.
    expect(list.length).toBeGreaterThan(2_000);
    // Opening, three chunks of records, closing.
    expect(parts.length).toBeGreaterThanOrEqual(5);
    expect(body.data).toEqual(list);
    expect(body.meta).toEqual({ total: list.length });
  });

  test("write one CSV row per organization the filters select, in list order", async () => {
    const { text } = await download("organizations", "csv", { country: "MX" });
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    const list = everyPage(
      (req) => listOrganizations({ country: "MX" }, req),
      (o) => o.slug,
    );
    expect(list.length).toBeGreaterThan(500);
    expect(rows.map((r) => r.slug)).toEqual(list);
    expect(new Set(rows.map((r) => r.country))).toEqual(new Set(["MX"]));
    // The synthetic names carry accents; they survive the trip.
    expect(rows.some((r) => /[áéíóúñ]/.test(r.name_es ?? ""))).toBe(true);
  });

  test("give meetings and their participations in the meeting list's order across chunks", async () => {
    const meetings = JSON.parse((await download("meetings", "json")).text);
    expect(meetings.data).toEqual(everyPage((req) => listMeetings({}, req), represent.meetingListItem));

    const participations = JSON.parse((await download("participations", "json", { role: "participant" })).text);
    const list = everyPage((req) => listParticipations({ role: "participant" }, req), represent.participation);
    expect(list.length).toBeGreaterThan(200);
    expect(participations.data).toEqual(list);
    expect(participations.meta.total).toBe(list.length);
  });

  test("name the file after the dataset and its filters", async () => {
    const { response } = await download("meetings", "csv", { country: "US", year: 2014 });
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="puentes-meetings-country-US-year-2014.csv"');
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
  });
});
