/**
 * For load balancers and operators: 200 when the database answers and its schema
 * is the one this code expects, 503 (with what is wrong) otherwise.
 */
import { NextResponse } from "next/server";
import { databaseMigrationStatus } from "@/db/queries/health";
import { logEvent } from "@/lib/log";

export const dynamic = "force-dynamic";

export function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    const migrations = databaseMigrationStatus();
    const healthy = migrations.current;
    return NextResponse.json(
      { status: healthy ? "ok" : "degraded", database: { reachable: true, migrations } },
      { status: healthy ? 200 : 503, headers },
    );
  } catch (error) {
    logEvent("health.database_unreachable", { error: error instanceof Error ? error.message : String(error) });
    return NextResponse.json({ status: "down", database: { reachable: false } }, { status: 503, headers });
  }
}
