import type { Metadata } from "next";
import { OperationSection } from "@/components/api/operation-section";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { API_CACHE_CONTROL_SECONDS } from "@/lib/api/http";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { absoluteUrl } from "@/lib/api/represent";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/validation/list-params";

export async function generateMetadata({ params }: PageProps<"/[locale]/api">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  return i18n.meta(routes.apiDocs(i18n.locale), { title: i18n.m.api.title, description: i18n.m.api.description });
}

/** The API described for people, from the same OpenAPI document programs read, in the reader's language. */
export default async function ApiPage({ params }: PageProps<"/[locale]/api">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const document = buildOpenApiDocument(m);
  const paths = Object.keys(document.paths);
  const byTag = (tag: string) => paths.filter((p) => document.paths[p]!.get.tags.includes(tag));
  const documentUrl = absoluteUrl(routes.openApi());
  const errorExample = document.paths[paths[0]!]!.get.responses["400"]?.content?.["application/json"]?.example;

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.api.title }]} />
      <PageHeader title={m.api.title} subtitle={m.api.description} />
      <p className="max-w-3xl">{i18n.t(m.api.intro, { base: document.servers[0]!.url })}</p>

      <Section id="document" title={m.api.documentTitle} intro={m.api.documentIntro}>
        <p className="break-all font-mono text-sm">
          <a href={documentUrl}>{documentUrl}</a>
        </p>
      </Section>

      <Section id="conventions" title={m.api.conventionsTitle}>
        <ul className="max-w-3xl list-disc space-y-2 pl-5">
          <li>{i18n.t(m.api.conventions.pagination, { max: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })}</li>
          <li>
            {m.api.conventions.errors}
            <code className="mt-1 block break-all text-sm">{JSON.stringify(errorExample)}</code>
          </li>
          <li>{i18n.t(m.api.conventions.caching, { maxAge: API_CACHE_CONTROL_SECONDS.maxAge, stale: API_CACHE_CONTROL_SECONDS.stale })}</li>
          <li>{m.api.conventions.cors}</li>
          <li>{m.api.conventions.languages}</li>
        </ul>
      </Section>

      <Section id="endpoints" title={m.api.endpointsTitle}>
        {document.tags
          .filter((t) => t.name !== "exports" && byTag(t.name).length > 0)
          .map((t) => byTag(t.name).map((path) => <OperationSection key={path} document={document} path={path} i18n={i18n} />))}
      </Section>

      <Section id="downloads" title={m.api.exportsTitle} intro={m.api.exportsIntro}>
        {byTag("exports").map((path) => (
          <OperationSection key={path} document={document} path={path} i18n={i18n} />
        ))}
      </Section>
    </>
  );
}
