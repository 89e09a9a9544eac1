/** /api/v1/exports/organizations.csv and the like: a whole filtered list as a download. */
import { apiRoute } from "@/lib/api/http";
import { datasetNamed, exportResponse } from "@/lib/api/exports";
import { parseApiQuery } from "@/lib/api/query";
import { AppError } from "@/lib/errors";
import { EXPORT_DATASETS, EXPORT_FORMATS, type ExportDataset, type ExportFormat } from "@/lib/routes";

const FILES = EXPORT_DATASETS.flatMap((d) => EXPORT_FORMATS.map((f) => `${d}.${f}`));

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute<{ file: string }>(async (request, context) => {
  const { file } = await context.params;
  if (!FILES.includes(file)) throw new AppError("not_found", `No export named "${file}". There are: ${FILES.join(", ")}.`);
  const [name, format] = file.split(".") as [ExportDataset, ExportFormat];
  const dataset = datasetNamed(name);
  const { values } = parseApiQuery(request.nextUrl.searchParams, dataset.query, "none");
  return exportResponse(dataset, format, values);
});
