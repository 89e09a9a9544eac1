"use client";

/**
 * The edit form of any record, laid out by its FormSpec. A real <form> posting
 * to a server action: errors come back next to each field (aria-describedby),
 * what was typed is kept, and a conflict with a colleague's save shows both
 * versions so nothing is silently lost.
 */
import { useActionState, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/actions";
import { rowCount, snapshotToFormValues } from "@/lib/editor-values";
import { flatFields, type FieldSpec, type FormSpec, type LinkSetSpec, type TranslatedFieldSpec } from "./form-spec";
import { TableScroll } from "@/components/ui/table-scroll";
import { RecordPicker, type PickerLabels } from "./record-picker";

export interface EditorTexts {
  save: string;
  saving: string;
  addRow: string;
  removeRow: string;
  address: string;
  addressHint: string;
  fixErrors: string;
  conflictTitle: string;
  conflictIntro: string;
  conflictTable: string;
  field: string;
  theirValue: string;
  yourValue: string;
  useTheirs: string;
  search: string;
  noMatch: string;
  createMissing: string;
  required: string;
  kinds: Record<string, string>;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function RecordForm({
  spec,
  action,
  initialValues,
  recordLabels,
  version,
  texts,
  createHrefs,
}: {
  spec: FormSpec;
  action: Action;
  initialValues: Record<string, string>;
  recordLabels: Record<string, string>;
  version: number | null;
  texts: EditorTexts;
  createHrefs: Record<string, string | null>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const [override, setOverride] = useState<{ values: Record<string, string>; version: number | null } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const error = state.status === "error" ? state : null;
  const values = override?.values ?? error?.values ?? initialValues;
  const currentVersion = override?.version ?? error?.conflict?.currentVersion ?? version;
  // A new error (or a chosen version) remounts the fields with the values to show.
  const formKey = `${JSON.stringify(error?.fieldErrors ?? {})}|${error?.conflict?.currentVersion ?? ""}|${override ? "theirs" : "mine"}|${state.status}`;

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  const theirs = error?.conflict ? snapshotToFormValues(error.conflict.current) : null;
  const fieldErrors = error?.fieldErrors ?? {};

  return (
    <form key={formKey} action={formAction} noValidate className="space-y-8">
      {error && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-sm text-accent"
        >
          <p className="font-semibold">{error.conflict ? texts.conflictTitle : error.message}</p>
          {Object.keys(fieldErrors).length > 0 && <p>{texts.fixErrors}</p>}
        </div>
      )}
      {error?.conflict && theirs && (
        <ConflictPanel
          spec={spec}
          theirs={theirs}
          yours={error.values}
          texts={texts}
          onUseTheirs={() => setOverride({ values: theirs, version: error.conflict!.currentVersion })}
        />
      )}
      {state.status === "ok" && (
        <p role="status" className="rounded-md border border-mx/30 bg-mx-soft px-4 py-3 text-sm text-mx">
          {state.message}
        </p>
      )}

      {currentVersion !== null && <input type="hidden" name="version" value={currentVersion} />}

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextInput
            name="slug"
            label={texts.address}
            hint={texts.addressHint}
            value={values.slug ?? ""}
            error={fieldErrors.slug}
            type="text"
          />
        </div>
        {spec.fields.map((field) =>
          field.type === "translated" ? (
            <TranslatedField
              key={field.name}
              group={field}
              values={values}
              fieldErrors={fieldErrors}
              recordLabels={recordLabels}
              texts={texts}
              createHrefs={createHrefs}
            />
          ) : (
            <div key={field.name} className={field.type === "textarea" || field.type === "checkbox" ? "sm:col-span-1" : ""}>
              <Field
                field={field}
                name={`fields.${field.name}`}
                values={values}
                error={fieldErrors[`fields.${field.name}`]}
                recordLabels={recordLabels}
                texts={texts}
                createHrefs={createHrefs}
              />
            </div>
          ),
        )}
      </fieldset>

      {spec.links.map((set) => (
        <LinkSet
          key={set.name}
          set={set}
          values={values}
          fieldErrors={fieldErrors}
          recordLabels={recordLabels}
          texts={texts}
          createHrefs={createHrefs}
        />
      ))}

      <div data-sticky-actions className="sticky bottom-0 flex gap-4 border-t border-line bg-white py-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-60"
        >
          {pending ? texts.saving : texts.save}
        </button>
      </div>
    </form>
  );
}

/** English and Spanish of one field side by side (stacked on phones), each with its translation status. */
function TranslatedField({
  group,
  values,
  fieldErrors,
  recordLabels,
  texts,
  createHrefs,
}: {
  group: TranslatedFieldSpec;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  recordLabels: Record<string, string>;
  texts: EditorTexts;
  createHrefs: Record<string, string | null>;
}) {
  return (
    <fieldset className="rounded-lg border border-line p-3 sm:col-span-2">
      <legend className="px-1 text-sm font-semibold text-ink">{group.label}</legend>
      <div className="grid gap-4 md:grid-cols-2">
        {group.columns.map((column) => (
          <div key={column.language} className="flex flex-col gap-2" data-language={column.language}>
            {[column.field, column.status].map(
              (field) =>
                field && (
                  <Field
                    key={field.name}
                    field={field}
                    name={`fields.${field.name}`}
                    values={values}
                    error={fieldErrors[`fields.${field.name}`]}
                    recordLabels={recordLabels}
                    texts={texts}
                    createHrefs={createHrefs}
                  />
                ),
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function LinkSet({
  set,
  values,
  fieldErrors,
  recordLabels,
  texts,
  createHrefs,
}: {
  set: LinkSetSpec;
  values: Record<string, string>;
  fieldErrors: Record<string, string>;
  recordLabels: Record<string, string>;
  texts: EditorTexts;
  createHrefs: Record<string, string | null>;
}) {
  const existing = rowCount(values, set.name);
  // Existing rows plus one blank row to add to; blank rows are dropped on save.
  const [rows, setRows] = useState<number[]>(() => Array.from({ length: existing + 1 }, (_, i) => i));
  const next = useRef(existing + 1);
  const setError = Object.entries(fieldErrors).find(([k]) => k === `links.${set.name}`)?.[1];
  const setErrorId = setError ? `links.${set.name}-error` : undefined;

  return (
    <fieldset aria-describedby={setErrorId} className="rounded-lg border border-line p-4">
      <legend className="px-1 font-serif text-lg font-semibold">{set.label}</legend>
      {setError && (
        <p id={setErrorId} className="text-sm text-accent">
          {setError}
        </p>
      )}
      <ol className="space-y-4">
        {rows.map((row, position) => (
          <li
            key={row}
            className="grid gap-3 border-b border-line pb-4 last:border-b-0 sm:grid-cols-3"
            aria-label={`${set.label} ${position + 1}`}
          >
            {set.columns.map((column) => {
              const name = `links.${set.name}.${row}.${column.name}`;
              return (
                <Field
                  key={name}
                  field={column}
                  name={name}
                  values={values}
                  error={fieldErrors[name]}
                  recordLabels={recordLabels}
                  texts={texts}
                  createHrefs={createHrefs}
                />
              );
            })}
            <div className="flex items-end">
              <button type="button" onClick={() => setRows((r) => r.filter((x) => x !== row))} className="text-sm text-accent underline">
                {texts.removeRow}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => setRows((r) => [...r, next.current++])}
        className="mt-3 rounded-md border border-line px-3 py-1.5 text-sm hover:bg-surface"
      >
        + {texts.addRow}
      </button>
    </fieldset>
  );
}

function Field({
  field,
  name,
  values,
  error,
  recordLabels,
  texts,
  createHrefs,
}: {
  field: FieldSpec;
  name: string;
  values: Record<string, string>;
  error?: string;
  recordLabels: Record<string, string>;
  texts: EditorTexts;
  createHrefs: Record<string, string | null>;
}) {
  const value = values[name] ?? "";
  const errorId = error ? `${name}-error` : undefined;
  const label = field.label;
  if (field.type === "record") {
    const pickerLabels: PickerLabels = {
      search: texts.search,
      noMatch: texts.noMatch,
      createMissing: texts.createMissing,
      kindName: texts.kinds[field.kind] ?? field.kind,
    };
    return (
      <div>
        <RecordPicker
          name={name}
          kind={field.kind}
          label={label}
          initialId={value}
          initialLabel={value ? (recordLabels[`${field.kind}:${value}`] ?? `#${value}`) : ""}
          required={field.required}
          invalid={Boolean(error)}
          describedBy={errorId}
          createHref={createHrefs[field.kind] ?? null}
          labels={pickerLabels}
        />
        <FieldError id={errorId} message={error} />
      </div>
    );
  }
  if (field.type === "checkbox") {
    return (
      <div className="flex items-start gap-2 pt-6">
        <input
          id={name}
          name={name}
          type="checkbox"
          defaultChecked={value === "on" || value === "true"}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={errorId}
          className="mt-1"
        />
        <label htmlFor={name} className="text-sm text-ink">
          {label}
        </label>
        <FieldError id={errorId} message={error} />
      </div>
    );
  }
  if (field.type === "select") {
    return (
      <div>
        <FieldLabel htmlFor={name} label={label} required={field.required} />
        <select
          id={name}
          name={name}
          defaultValue={value}
          aria-invalid={Boolean(error) || undefined}
          aria-describedby={errorId}
          className="mt-1 w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{field.emptyLabel ?? "—"}</option>
          {field.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldError id={errorId} message={error} />
      </div>
    );
  }
  return (
    <TextInput
      name={name}
      label={label}
      hint={field.hint}
      value={value}
      error={error}
      type={field.type}
      required={field.required}
      lang={field.lang}
    />
  );
}

function TextInput({
  name,
  label,
  hint,
  value,
  error,
  type,
  required,
  lang,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  type: "text" | "textarea" | "date" | "url" | "number";
  required?: boolean;
  lang?: "en" | "es";
}) {
  const errorId = error ? `${name}-error` : undefined;
  const hintId = hint ? `${name}-hint` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  const common = {
    id: name,
    name,
    defaultValue: value,
    lang,
    "aria-invalid": Boolean(error) || undefined,
    "aria-describedby": describedBy,
    "aria-required": required || undefined,
    className: "mt-1 w-full rounded-md border border-line bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-accent",
  };
  return (
    <div>
      <FieldLabel htmlFor={name} label={label} required={required} />
      {type === "textarea" ? (
        <textarea rows={4} {...common} />
      ) : (
        // Dates are partial ("2014-06"), so a text input with a pattern hint, not <input type=date>.
        <input
          type={type === "url" ? "url" : type === "number" ? "number" : "text"}
          inputMode={type === "number" ? "numeric" : undefined}
          {...common}
        />
      )}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="text-sm font-semibold text-ink">
      {label}
      {required && <span aria-hidden="true"> *</span>}
    </label>
  );
}

function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message || !id) return null;
  return (
    <p id={id} className="mt-1 text-sm text-accent">
      {message}
    </p>
  );
}

function ConflictPanel({
  spec,
  theirs,
  yours,
  texts,
  onUseTheirs,
}: {
  spec: FormSpec;
  theirs: Record<string, string>;
  yours: Record<string, string>;
  texts: EditorTexts;
  onUseTheirs: () => void;
}) {
  const differing = flatFields(spec.fields).filter((f) => (theirs[`fields.${f.name}`] ?? "") !== (yours[`fields.${f.name}`] ?? ""));
  return (
    <section aria-labelledby="conflict-title" className="rounded-lg border border-warn/40 bg-warn-soft p-4 text-sm">
      <h2 id="conflict-title" className="font-serif text-lg font-semibold text-warn">
        {texts.conflictTitle}
      </h2>
      <p className="mt-1 text-ink">{texts.conflictIntro}</p>
      {differing.length > 0 && (
        <div className="mt-3">
          <TableScroll framed={false} label={texts.conflictTable}>
            <table className="w-full border-collapse text-left">
              <thead>
                <tr>
                  <th scope="col" className="border-b border-line py-1 pr-4">
                    <span className="sr-only">{texts.field}</span>
                  </th>
                  <th scope="col" className="border-b border-line py-1 pr-4">
                    {texts.theirValue}
                  </th>
                  <th scope="col" className="border-b border-line py-1">
                    {texts.yourValue}
                  </th>
                </tr>
              </thead>
              <tbody>
                {differing.map((f) => (
                  <tr key={f.name}>
                    <th scope="row" className="py-1 pr-4 align-top font-semibold">
                      {f.label}
                    </th>
                    <td className="py-1 pr-4 align-top whitespace-pre-line">{theirs[`fields.${f.name}`] || "—"}</td>
                    <td className="py-1 align-top whitespace-pre-line">{yours[`fields.${f.name}`] || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
      <button type="button" onClick={onUseTheirs} className="mt-3 rounded-md border border-warn/40 bg-white px-3 py-1.5">
        {texts.useTheirs}
      </button>
    </section>
  );
}
