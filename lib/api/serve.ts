/** One operation of lib/api/operations.ts as the exports of its route file. */
import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { ParamSchemas } from "@/lib/search-params";
import { apiRoute, jsonResponse, noRecordMessage } from "./http";
import type { JsonOperation } from "./operations";
import { parseApiQuery, parseSlug } from "./query";

export function serveOperation<S extends ParamSchemas, R extends z.ZodType>(op: JsonOperation<S, R>) {
  return apiRoute<{ slug?: string }>(async (request, context) => {
    const slug = op.record ? parseSlug((await context.params).slug ?? "") : "";
    const query = parseApiQuery(request.nextUrl.searchParams, op.query, op.paging);
    const body = op.run({ query, slug });
    if (body === null) throw new AppError("not_found", noRecordMessage(op.record ?? "record", slug));
    return jsonResponse(request, body);
  });
}
