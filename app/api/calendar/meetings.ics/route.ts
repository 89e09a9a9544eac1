/** GET /api/calendar/meetings.ics[?lang=]: every meeting whose sources give the day, as iCalendar. */
import type { NextRequest } from "next/server";
import { respondWithCalendar } from "@/lib/calendar/respond";

// Read from the live database on every request; never prerendered at build.
export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Response {
  return respondWithCalendar(request.nextUrl, { kind: "all" });
}
