/** The OpenAPI 3.1 document of the API, in the default language of the site. */
import { apiRoute, jsonResponse } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = apiRoute((request) =>
  jsonResponse(request, buildOpenApiDocument(getMessages(DEFAULT_LOCALE))),
);
