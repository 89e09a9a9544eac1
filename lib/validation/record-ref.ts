/**
 * A record named in a query string by its kind and address, "organization:university-of-arizona":
 * the `focus` of the network and the map, which each accept their own kinds.
 */
import { z } from "zod";
import { slugSchema } from "@/lib/search-params";

export interface RecordRef<K extends string = string> {
  kind: K;
  slug: string;
}

const ARTICLE: Record<string, string> = { organization: "an organization", program: "a program", meeting: "a meeting" };

/** Reads "kind:address" for one of `kinds`; anything else fails with a reason that names the kinds. */
export function recordRefSchema<const K extends string>(kinds: readonly [K, ...K[]]) {
  const named = kinds.map((k) => ARTICLE[k] ?? k);
  const list = named.length > 1 ? `${named.slice(0, -1).join(", ")} or ${named.at(-1)}` : named[0]!;
  return z
    .string()
    .regex(new RegExp(`^(${kinds.join("|")}):`), `must name ${list}, e.g. ${kinds[0]}:university-of-arizona`)
    .transform((value) => {
      const at = value.indexOf(":");
      return { kind: value.slice(0, at), slug: value.slice(at + 1) };
    })
    .pipe(z.object({ kind: z.enum(kinds), slug: slugSchema }));
}

export function formatRecordRef(ref: RecordRef): string {
  return `${ref.kind}:${ref.slug}`;
}
