/** The network page's `focus` parameter: a kind of record and its identifier ("organization:university-of-arizona"). */
import { z } from "zod";
import { slugSchema } from "@/lib/search-params";

export const NETWORK_FOCUS_KINDS = ["organization", "program", "meeting"] as const;

export const networkFocusSchema = z
  .string()
  .regex(/^(organization|program|meeting):/, "must name an organization, a program or a meeting, e.g. organization:university-of-arizona")
  .transform((value) => {
    const at = value.indexOf(":");
    return { kind: value.slice(0, at) as (typeof NETWORK_FOCUS_KINDS)[number], slug: value.slice(at + 1) };
  })
  .pipe(z.object({ kind: z.enum(NETWORK_FOCUS_KINDS), slug: slugSchema }));

export type NetworkFocusParam = z.output<typeof networkFocusSchema>;

export function formatNetworkFocus(focus: NetworkFocusParam): string {
  return `${focus.kind}:${focus.slug}`;
}
