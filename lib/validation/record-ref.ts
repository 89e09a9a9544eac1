/**
 * A record named in a query string by its kind and address, "organization:university-of-arizona":
 * the `focus` of the network and the map, which each accept their own kinds.
 */
import { z } from "zod";
import { msg, type MessageKey } from "@/lib/i18n/message-ref";
import { slugSchema } from "@/lib/search-params";

export interface RecordRef<K extends string = string> {
  kind: K;
  slug: string;
}

/** Reads "kind:address" for one of `kinds`; anything else fails with a reason that names the kinds. */
export function recordRefSchema<const K extends string>(kinds: readonly [K, ...K[]]) {
  // One message per combination in use: a list of alternatives reads differently in each language.
  const key = `params.recordRef.${kinds.join("_")}` as MessageKey;
  return z
    .string()
    .regex(new RegExp(`^(${kinds.join("|")}):`), msg(key, { example: `${kinds[0]}:university-of-arizona` }))
    .transform((value) => {
      const at = value.indexOf(":");
      return { kind: value.slice(0, at), slug: value.slice(at + 1) };
    })
    .pipe(z.object({ kind: z.enum(kinds), slug: slugSchema }));
}

export function formatRecordRef(ref: RecordRef): string {
  return `${ref.kind}:${ref.slug}`;
}
