import Link from "next/link";
import type { SearchHit } from "@/db/queries/search";
import type { I18n } from "@/lib/i18n/server";
import { highlightSegments } from "@/lib/search/normalize";
import { presentSearchRecord } from "@/lib/search/present";
import { HighlightedText } from "./highlighted-text";

/** The ranked results, each with its matching words marked in its name and, when the match is in its text, a passage. */
export function SearchHits({ hits, tokens, i18n, start }: { hits: SearchHit[]; tokens: string[]; i18n: I18n; start: number }) {
  return (
    <ol start={start} aria-label={i18n.m.common.resultsList} className="divide-y divide-line border-y border-line">
      {hits.map((hit) => {
        const shown = presentSearchRecord(hit, i18n);
        return (
          <li key={`${hit.kind}-${hit.slug}`} className="py-4">
            <Link href={shown.href} className="text-lg font-semibold">
              <HighlightedText segments={highlightSegments(shown.label, tokens)} />
            </Link>
            <p className="text-sm text-muted">{shown.detail}</p>
            {hit.snippet && (
              <p className="mt-1 text-sm text-ink">
                <HighlightedText segments={hit.snippet} />
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
