/** GET /api/calendar/programs/{slug}.ics[?lang=]: the meetings held under a program or where it was discussed. */
import type { NextRequest } from "next/server";
import { respondWithCalendar } from "@/lib/calendar/respond";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: RouteContext<"/api/calendar/programs/[file]">): Promise<Response> {
  return respondWithCalendar(request.nextUrl, { kind: "program", file: (await params).file });
}
