/** Any other address under /api/v1: a JSON 404 pointing to the document, not the website's HTML page. */
import { apiRoute, errorResponse } from "@/lib/api/http";
import { routes } from "@/lib/routes";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute((request) =>
  errorResponse(404, `Nothing at ${request.nextUrl.pathname}. The endpoints are listed in ${routes.openApi()}.`),
);
