/** GET /api/calendar/organizations/{slug}.ics[?lang=]: the meetings an organization hosted, organized or attended. */
import type { NextRequest } from "next/server";
import { respondWithCalendar } from "@/lib/calendar/respond";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: RouteContext<"/api/calendar/organizations/[file]">): Promise<Response> {
  return respondWithCalendar(request.nextUrl, { kind: "organization", file: (await params).file });
}
