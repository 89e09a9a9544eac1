import Link from "next/link";
import { Section } from "@/components/ui/section";
import type { Citation } from "@/db/queries/citations";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

/** The "Sources" section closing every detail page. */
export function Citations({ citations, i18n }: { citations: Citation[]; i18n: I18n }) {
  return (
    <Section id="sources" title={i18n.m.common.sources} intro={i18n.m.common.sourcesIntro}>
      {citations.length === 0 ? (
        <p className="text-sm text-muted">{i18n.m.common.noneYet}</p>
      ) : (
        <ol className="list-decimal space-y-2 pl-6 text-sm">
          {citations.map((c) => (
            <li key={`${c.id}-${c.locator ?? ""}`}>
              <Link href={routes.source(i18n.locale, c.slug)}>{c.title}</Link>
              {c.publisher && <span className="text-muted">. {c.publisher}</span>}
              {c.publishedOn && <span className="text-muted">, {i18n.date(c.publishedOn)}</span>}
              {c.locator && <span className="block text-muted">“{c.locator}”</span>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
