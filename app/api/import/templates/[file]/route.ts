/**
 * The CSV templates of the import page: every column of the import, in order,
 * and one example row from the directory. Public, like the column guide.
 */
import { NextResponse } from "next/server";
import { templateCsv } from "@/lib/import/columns";
import { IMPORT_KINDS, type ImportKind } from "@/lib/vocabulary";

const FILES = new Map<string, ImportKind>(IMPORT_KINDS.map((kind) => [`${kind}s.csv`, kind]));

export async function GET(_request: Request, { params }: RouteContext<"/api/import/templates/[file]">) {
  const { file } = await params;
  const kind = FILES.get(file);
  if (!kind) {
    return NextResponse.json({ error: `No template named “${file}”; there are ${[...FILES.keys()].join(" and ")}.` }, { status: 404 });
  }
  return new NextResponse(templateCsv(kind), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="puentes-${file}"`,
      "Cache-Control": "public, max-age=3600",
    },
  });
}
