/**
 * Edit forms speak in flat names ("fields.titleEn", "links.people.0.role"); a
 * record's snapshot is nested. These convert between the two for showing a
 * record in a form (and a colleague's conflicting version beside yours).
 */
import type { Snapshot } from "@/db/aggregates";

function toText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value === true) return "on";
  if (value === false) return "";
  return String(value);
}

export function snapshotToFormValues(snapshot: Pick<Snapshot, "slug" | "fields" | "links">): Record<string, string> {
  const values: Record<string, string> = { slug: snapshot.slug };
  for (const [k, v] of Object.entries(snapshot.fields)) values[`fields.${k}`] = toText(v);
  for (const [set, rows] of Object.entries(snapshot.links)) {
    rows.forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) values[`links.${set}.${i}.${k}`] = toText(v);
    });
  }
  return values;
}

/** How many rows of a link set the values hold. */
export function rowCount(values: Record<string, string>, set: string): number {
  const prefix = `links.${set}.`;
  let max = -1;
  for (const key of Object.keys(values)) {
    if (key.startsWith(prefix)) max = Math.max(max, Number(key.slice(prefix.length).split(".")[0]));
  }
  return max + 1;
}
