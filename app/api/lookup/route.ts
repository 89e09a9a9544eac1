/**
 * Type-ahead for the editors' record pickers. Signed-in only: it can name
 * private people, and it is a tool, not a public API.
 */
import { NextResponse, type NextRequest } from "next/server";
import { lookupRecords } from "@/db/queries/lookup";
import { RECORD_KINDS, type RecordKind } from "@/lib/vocabulary";
import { getCurrentActor } from "@/lib/auth/session";
import { inEnglish, msg } from "@/lib/i18n/message-ref";

export async function GET(request: NextRequest) {
  const actor = await getCurrentActor();
  if (!actor) return NextResponse.json({ error: inEnglish(msg("errors.signInToSearch")) }, { status: 401 });
  const kind = request.nextUrl.searchParams.get("kind") ?? "";
  const q = request.nextUrl.searchParams.get("q") ?? "";
  if (!(RECORD_KINDS as readonly string[]).includes(kind)) {
    return NextResponse.json({ error: `Parameter "kind" must be one of: ${RECORD_KINDS.join(", ")}.` }, { status: 400 });
  }
  if (q.length > 200) return NextResponse.json({ error: 'Parameter "q" must be at most 200 characters.' }, { status: 400 });
  const results = lookupRecords(kind as RecordKind, q, { canSeePrivatePeople: true });
  return NextResponse.json(results, { headers: { "Cache-Control": "private, no-store" } });
}
