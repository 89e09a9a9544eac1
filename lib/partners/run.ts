/**
 * One partner search from a query string to what the page and the API show:
 * parameters checked, the typed institution resolved through the search index,
 * the ranking, and, when nothing is found, what to try instead.
 */
import "server-only";
import { countPartnersByTopic, findPartners, resolveInstitution, type PartnerResults, type TopicWithPartners } from "@/db/queries/partners";
import type { OrganizationSummary } from "@/db/queries/summaries";
import { AppError } from "@/lib/errors";
import { parsePartnerParams, type ParamError, type PartnerInput, type PartnerParam } from "@/lib/validation/partners";
import type { RawSearchParams } from "@/lib/search-params";

export type PartnerSearch =
  /** Nothing to search yet (no parameters, or a topic without institution or country): the form, prefilled. */
  | { status: "form"; input: PartnerInput }
  | { status: "invalid"; input: PartnerInput; errors: ParamError[] }
  | { status: "ambiguous"; input: PartnerInput; text: string; choices: OrganizationSummary[] }
  | { status: "unknown_institution"; input: PartnerInput; text: string }
  | {
      status: "ok";
      input: PartnerInput;
      results: PartnerResults;
      /** Only when nothing was found: how many partners without the state, and topics that have partners. */
      alternatives: { withoutState: number | null; topics: TopicWithPartners[] } | null;
    };

export function runPartnerSearch(raw: RawSearchParams): PartnerSearch {
  const { input, errors, empty } = parsePartnerParams(raw);
  if (empty) return { status: "form", input };
  if (errors.length > 0) return { status: "invalid", input, errors };
  // A topic alone (the link from a topic page) prefills the form: the reader still has to say who they are.
  if (!input.institution && !input.country) return { status: "form", input };

  let institution: string | undefined;
  if (input.institution) {
    const match = resolveInstitution(input.institution);
    if (match.status === "none") return { status: "unknown_institution", input, text: input.institution };
    if (match.status === "ambiguous") return { status: "ambiguous", input, text: input.institution, choices: match.choices };
    institution = match.organization.slug;
  }

  try {
    const query = { institution, country: input.country, topic: input.topic!, state: input.state, page: input.page };
    const results = findPartners(query);
    let alternatives = null;
    if (results.total === 0) {
      alternatives = {
        withoutState: results.state ? findPartners({ ...query, state: undefined, page: 1 }).total : null,
        topics: countPartnersByTopic(results.partnerCountry, results.state).filter((t) => t.slug !== results.topic.slug),
      };
    }
    return { status: "ok", input, results, alternatives };
  } catch (error) {
    // The query's own refusals name their parameter (an unknown topic, a state of the wrong country).
    if (error instanceof AppError && error.status < 500) {
      const name = ((error.details as { param?: PartnerParam } | undefined)?.param ?? "topic") as PartnerParam;
      return { status: "invalid", input, errors: [{ name, reason: error.messageRef }] };
    }
    throw error;
  }
}
