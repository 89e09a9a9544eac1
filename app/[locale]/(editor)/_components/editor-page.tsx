/**
 * The edit and create pages of every kind of record: sign-in and permission
 * first (the save is authorized again in the data layer), then the form.
 */
import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { archiveRecordAction, deleteRecordAction, saveRecordAction } from "../actions";
import { RecordActionButton } from "@/components/editor/record-action-button";
import { RecordForm, type EditorTexts } from "@/components/editor/record-form";
import { buildFormSpec, flatFields } from "@/components/editor/form-spec";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { bilingual } from "@/db/queries/shared";
import { getRecordForEditing, labelReferencedRecords, mayEdit } from "@/db/queries/editing";
import { getCurrentActor } from "@/lib/auth/session";
import { snapshotToFormValues } from "@/lib/editor-values";
import { resolveLocale, type I18n } from "@/lib/i18n/server";
import { KIND_SEGMENTS, routes, type EditableKind } from "@/lib/routes";

function editorTexts(i18n: I18n): EditorTexts {
  const e = i18n.m.editor;
  return {
    save: e.save,
    saving: e.saving,
    addRow: e.addRow,
    removeRow: e.removeRow,
    address: e.address,
    addressHint: e.addressHint,
    fixErrors: e.fixErrors,
    conflictTitle: e.conflictTitle,
    conflictIntro: e.conflictIntro,
    conflictTable: e.conflictTable,
    field: i18n.m.history.field,
    theirValue: e.theirValue,
    yourValue: e.yourValue,
    useTheirs: e.useTheirs,
    search: e.search,
    noMatch: e.noMatch,
    createMissing: e.createMissing,
    required: e.required,
    kinds: e.kinds,
  };
}

/** Pickers offer to create only what this user may create. */
function createHrefs(i18n: I18n, actor: Parameters<typeof mayEdit>[0]): Record<string, string | null> {
  return Object.fromEntries(
    (Object.keys(KIND_SEGMENTS) as EditableKind[]).map((kind) => [
      kind,
      mayEdit(actor, "create", kind) ? routes.create(i18n.locale, kind) : null,
    ]),
  );
}

export async function EditRecordPage({ i18n, kind, slug }: { i18n: I18n; kind: EditableKind; slug: string }) {
  const record = getRecordForEditing(kind, slug);
  if (!record) notFound();
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(i18n.locale, routes.edit(i18n.locale, kind, slug)));
  if (!mayEdit(actor, "update", kind, record.id)) forbidden();

  const values = snapshotToFormValues(record.snapshot);
  // The record's name in the page's language (the other one when it has none yet).
  const f = record.snapshot.fields as Record<string, string | null | undefined>;
  const name = i18n.name(bilingual(f.nameEn ?? f.titleEn ?? f.name ?? f.title, f.nameEs ?? f.titleEs ?? f.name ?? f.title)) || slug;
  const { m } = i18n;
  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[
          { label: m.nav.home, href: routes.home(i18n.locale) },
          { label: name, href: routes.record(i18n.locale, kind, slug) },
          { label: m.editor.edit },
        ]}
      />
      <PageHeader title={i18n.t(m.editor.editRecord, { name })}>
        {mayEdit(actor, "archive", kind, record.id) && (
          <RecordActionButton
            action={archiveRecordAction.bind(null, kind, record.id, i18n.locale, !record.snapshot.archived)}
            version={record.version}
            label={record.snapshot.archived ? m.editor.unarchive : m.editor.archive}
          />
        )}
        {mayEdit(actor, "delete", kind, record.id) && (
          <RecordActionButton
            action={deleteRecordAction.bind(null, kind, record.id, i18n.locale)}
            version={record.version}
            label={m.editor.delete}
          />
        )}
      </PageHeader>
      {record.snapshot.archived && <p className="mb-6 text-sm text-warn">{m.editor.archivedNotice}</p>}
      <RecordForm
        spec={buildFormSpec(kind, m, i18n.locale)}
        action={saveRecordAction.bind(null, kind, record.id, i18n.locale)}
        initialValues={values}
        recordLabels={labelReferencedRecords(kind, values)}
        version={record.version}
        texts={editorTexts(i18n)}
        createHrefs={createHrefs(i18n, actor)}
      />
    </>
  );
}

export async function NewRecordPage({ i18n, kind, name }: { i18n: I18n; kind: EditableKind; name?: string }) {
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(i18n.locale, routes.create(i18n.locale, kind)));
  if (!mayEdit(actor, "create", kind)) forbidden();
  const { m } = i18n;
  const spec = buildFormSpec(kind, m, i18n.locale);
  // "Create “X”" from a picker arrives with the typed name.
  const values: Record<string, string> = name ? { [`fields.${flatFields(spec.fields)[0]!.name}`]: name.slice(0, 300) } : {};
  return (
    <>
      <Breadcrumbs
        label={m.common.breadcrumb}
        items={[{ label: m.nav.home, href: routes.home(i18n.locale) }, { label: m.editor.create }]}
      />
      <PageHeader title={i18n.t(m.editor.newRecord, { kind: m.editor.kinds[kind] ?? kind })} />
      <RecordForm
        spec={spec}
        action={saveRecordAction.bind(null, kind, null, i18n.locale)}
        initialValues={values}
        recordLabels={{}}
        version={null}
        texts={editorTexts(i18n)}
        createHrefs={createHrefs(i18n, actor)}
      />
    </>
  );
}

/** Edit and new pages: titled, linked to the other language, kept out of search engines. */
export async function editMetadata(kind: EditableKind, params: Promise<{ locale: string; slug: string }>): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  return i18n.meta(routes.edit(i18n.locale, kind, slug), { title: i18n.m.editor.edit, robots: { index: false } });
}

export async function newMetadata(kind: EditableKind, params: Promise<{ locale: string }>): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const title = i18n.t(i18n.m.editor.newRecord, { kind: i18n.m.editor.kinds[kind] ?? kind });
  return i18n.meta(routes.create(i18n.locale, kind), { title, robots: { index: false } });
}
