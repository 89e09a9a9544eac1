/**
 * The partner finder as JSON: the same parameters and ranking as /[locale]/partners,
 * each suggestion with its evidence and its one-line explanation. Bad input is a
 * 400 whose message names the parameter.
 */
import { inEnglish } from "@/lib/i18n/message-ref";
import { NextResponse, type NextRequest } from "next/server";
import { getI18n } from "@/lib/i18n/server";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { explainSuggestion } from "@/lib/partners/explain";
import { runPartnerSearch } from "@/lib/partners/run";
import type { RawSearchParams } from "@/lib/search-params";

function badRequest(message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: message, ...extra }, { status: 400 });
}

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const locale = params.get("locale") ?? "en";
  if (!isLocale(locale)) return badRequest(`Parameter "locale" must be one of: ${LOCALES.join(", ")}.`);
  const raw: RawSearchParams = {};
  for (const key of new Set(params.keys())) raw[key] = params.getAll(key);

  const search = runPartnerSearch(raw);
  switch (search.status) {
    case "form":
      return badRequest(
        search.input.topic
          ? 'Parameter "institution" or "country" is required.'
          : 'Parameter "topic" is required, with "institution" or "country".',
      );
    case "invalid":
      return badRequest(search.errors.map((e) => `Parameter "${e.name}" ${inEnglish(e.reason).replace(/\.$/, "")}.`).join(" "), {
        errors: search.errors.map((e) => ({ ...e, reason: inEnglish(e.reason) })),
      });
    case "unknown_institution":
      return badRequest(`Parameter "institution": no organization matches "${search.text}".`);
    case "ambiguous":
      return badRequest(`Parameter "institution": "${search.text}" matches several organizations; pass one of their slugs.`, {
        choices: search.choices.map((c) => ({ slug: c.slug, name: c.name, country: c.country })),
      });
    case "ok": {
      const i18n = getI18n(locale);
      const { results } = search;
      return NextResponse.json(
        {
          ...results,
          suggestions: results.suggestions.map((s) => ({ ...s, explanation: explainSuggestion(s, i18n, results.institution) })),
          alternatives: search.alternatives,
        },
        { headers: { "Cache-Control": "public, max-age=60" } },
      );
    }
  }
}
