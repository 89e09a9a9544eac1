/**
 * The partner finder's query string, shared by the page and /api/partners: each
 * parameter checked on its own so a reader (or an API client) is told which one
 * is wrong and why.
 */
import { z } from "zod";
import { getState } from "@/lib/geo";
import { msg } from "@/lib/i18n/message-ref";
import { MAX_PARAM_LENGTH, pageSchema, slugSchema, type RawSearchParams } from "@/lib/search-params";

export const PARTNER_PARAMS = ["institution", "country", "topic", "state", "page"] as const;
export type PartnerParam = (typeof PARTNER_PARAMS)[number];

export const partnerParamSchemas = {
  institution: z
    .string()
    .trim()
    .min(1, msg("params.empty"))
    .max(MAX_PARAM_LENGTH, msg("params.atMostCharacters", { max: MAX_PARAM_LENGTH })),
  country: z.enum(["US", "MX"], { error: msg("params.country") }),
  topic: slugSchema,
  state: z.string().refine((code) => getState(code) !== undefined, msg("params.state")),
  page: pageSchema,
} satisfies Record<PartnerParam, z.ZodType>;

export interface PartnerInput {
  institution?: string;
  country?: "US" | "MX";
  topic?: string;
  state?: string;
  page: number;
}

export interface ParamError {
  name: PartnerParam;
  reason: string;
}

export function parsePartnerParams(raw: RawSearchParams): { input: PartnerInput; errors: ParamError[]; empty: boolean } {
  const input: PartnerInput = { page: 1 };
  const errors: ParamError[] = [];
  let empty = true;
  for (const name of PARTNER_PARAMS) {
    const value = raw[name];
    if (Array.isArray(value) && value.length > 1) {
      errors.push({ name, reason: msg("params.repeatedOnce") });
      continue;
    }
    const first = Array.isArray(value) ? value[0] : value;
    if (first === undefined || first.trim() === "") continue;
    empty = false;
    const result = partnerParamSchemas[name].safeParse(first);
    if (!result.success) {
      errors.push({ name, reason: result.error.issues[0]?.message ?? msg("params.invalid") });
      continue;
    }
    (input as unknown as Record<string, unknown>)[name] = result.data;
  }
  if (!empty) {
    if (!input.topic && !errors.some((e) => e.name === "topic")) errors.push({ name: "topic", reason: msg("params.topicRequired") });
  }
  return { input, errors, empty };
}
