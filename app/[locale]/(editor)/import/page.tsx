import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ColumnGuide } from "@/components/import/column-guide";
import { UploadForm } from "@/components/import/upload-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { mayEdit } from "@/db/queries/editing";
import { listImportsOf, listSourcesToCite } from "@/db/queries/imports";
import { getCurrentActor } from "@/lib/auth/session";
import { formatChangeTime } from "@/lib/history/format";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/import/limits";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { IMPORT_KINDS } from "@/lib/vocabulary";
import { uploadImportAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/import">): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.dataImport.title, description: m.dataImport.description, robots: { index: false } };
}

export default async function ImportPage({ params }: PageProps<"/[locale]/import">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const d = m.dataImport;
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(locale, routes.imports(locale)));
  const maxMb = MAX_IMPORT_BYTES / (1024 * 1024);
  const sources = listSourcesToCite().map((s) => ({ id: s.id, label: s.publishedOn ? `${s.title} (${s.publishedOn})` : s.title }));
  const imports = listImportsOf(actor);

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: d.title }]} />
      <PageHeader title={d.title} subtitle={d.intro} />
      <UploadForm
        action={uploadImportAction.bind(null, locale)}
        sources={sources}
        maxBytes={MAX_IMPORT_BYTES}
        texts={{
          what: d.what,
          kinds: IMPORT_KINDS.map((kind) => ({ value: kind, label: d.kinds[kind] ?? kind })),
          source: d.source,
          sourcePerRow: d.sourcePerRow,
          sourceHint: d.sourceHint,
          addSource: mayEdit(actor, "create", "source") ? { href: routes.create(locale, "source"), label: d.addSource } : null,
          file: d.file,
          fileHint: i18n.t(d.fileHint, { maxMb, maxRows: MAX_IMPORT_ROWS }),
          tooLarge: i18n.t(m.dataImport.problems.too_large!, { max: maxMb }),
          submit: d.submit,
          submitting: d.submitting,
        }}
      />

      <Section id="your-imports" title={d.yourImports}>
        <LinkList
          items={imports}
          empty={d.noImports}
          keyOf={(i) => i.id}
          render={(i) => (
            <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
              <span>
                <Link href={routes.importOf(locale, i.id)}>{i.fileName}</Link>{" "}
                <span className="text-sm text-muted">({d.kindsShort[i.kind]})</span>
              </span>
              <span className="text-sm text-muted">
                {d.state[i.expired ? "expired" : i.status]} ·{" "}
                {i.appliedAt
                  ? i18n.t(d.importedOn, { date: formatChangeTime(i.appliedAt, locale) })
                  : i18n.t(d.previewedOn, { date: formatChangeTime(i.createdAt, locale) })}
              </span>
            </div>
          )}
        />
      </Section>

      <Section id="templates" title={d.templates} intro={d.templatesIntro}>
        <ul className="list-disc space-y-1 pl-5">
          {IMPORT_KINDS.map((kind) => (
            <li key={kind}>
              <a href={routes.importTemplate(kind)} download>
                {i18n.t(d.template, { kind: d.kindsShort[kind] ?? kind })}
              </a>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="rules" title={d.rules}>
        <ul className="list-disc space-y-2 pl-5 text-sm">
          <li>{d.matchingRule}</li>
          <li>{d.updateRule}</li>
          <li>{d.participantsRule}</li>
          <li>{d.permissionRule}</li>
        </ul>
      </Section>

      <Section id="columns" title={d.columns} intro={d.columnsIntro}>
        <div className="space-y-6">
          {IMPORT_KINDS.map((kind) => (
            <ColumnGuide key={kind} kind={kind} i18n={i18n} />
          ))}
        </div>
      </Section>
    </>
  );
}
