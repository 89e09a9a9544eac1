/**
 * Type-ahead for the search box: the best few records of each kind for what has
 * been typed, named in the reader's language. Public, like the pages it leads to.
 */
import { NextResponse, type NextRequest } from "next/server";
import { suggestRecords } from "@/db/queries/search";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { getI18n } from "@/lib/i18n/server";
import { presentSearchRecord } from "@/lib/search/present";
import { MAX_PARAM_LENGTH } from "@/lib/search-params";
import type { SuggestionGroup } from "@/lib/search/suggestions";

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const q = params.get("q") ?? "";
  const locale = params.get("locale") ?? "en";
  if (!isLocale(locale)) return NextResponse.json({ error: `Parameter "locale" must be one of: ${LOCALES.join(", ")}.` }, { status: 400 });
  if (q.length > MAX_PARAM_LENGTH) {
    return NextResponse.json({ error: `Parameter "q" must be at most ${MAX_PARAM_LENGTH} characters.` }, { status: 400 });
  }
  const i18n = getI18n(locale);
  const groups: SuggestionGroup[] = [];
  for (const record of suggestRecords(q)) {
    let group = groups.at(-1);
    if (group?.kind !== record.kind) {
      group = { kind: record.kind, label: i18n.m.search.kindPlural[record.kind] ?? record.kind, items: [] };
      groups.push(group);
    }
    group.items.push(presentSearchRecord(record, i18n, { withKind: false }));
  }
  // Short-lived public caching: the same prefix is typed by many readers, and an edit shows within a minute.
  return NextResponse.json({ groups }, { headers: { "Cache-Control": "public, max-age=60" } });
}
