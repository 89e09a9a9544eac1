"use client";

/**
 * The import's upload form: a real multipart <form> posting to a server action,
 * so it works before hydration and without JavaScript. With JavaScript it also
 * says the file is too large before sending it, and shows that the file is being
 * checked while the server reads every row.
 */
import { useActionState, useState, type FormEvent, type ReactNode } from "react";
import { SubmitButton } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";

export interface UploadTexts {
  what: string;
  kinds: { value: string; label: string }[];
  source: string;
  sourcePerRow: string;
  sourceHint: string;
  /** Where to add a source the file needs, for those who may. */
  addSource: { href: string; label: string } | null;
  file: string;
  fileHint: string;
  /** Contains {size}, in megabytes. */
  tooLarge: string;
  submit: string;
  submitting: string;
}

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function UploadForm({
  action,
  texts,
  sources,
  maxBytes,
}: {
  action: Action;
  texts: UploadTexts;
  sources: { id: number; label: string }[];
  maxBytes: number;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const error = state.status === "error" ? state : null;
  const values = error?.values ?? {};
  const fileError = tooLarge ?? error?.fieldErrors.file;
  const otherErrors = Object.entries(error?.fieldErrors ?? {}).filter(([name]) => name !== "file");

  function checkSize(event: FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const file = input?.files?.[0];
    if (file && file.size > maxBytes) {
      event.preventDefault();
      setTooLarge(texts.tooLarge.replace("{size}", (Math.round((file.size / (1024 * 1024)) * 10) / 10).toString()));
    } else setTooLarge(null);
  }

  const addSource = texts.addSource && (
    <a href={texts.addSource.href} target="_blank" rel="noopener">
      {texts.addSource.label}
    </a>
  );

  return (
    // A new error remounts the fields with the choices that were made.
    <form key={JSON.stringify(error?.fieldErrors ?? {})} action={formAction} onSubmit={checkSize} className="space-y-6">
      {error && (
        <div role="alert" className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-sm text-accent">
          <p className="font-semibold">{error.message}</p>
          {otherErrors.map(([name, message]) => (
            <p key={name}>{message}</p>
          ))}
        </div>
      )}
      <fieldset>
        <legend className="text-sm font-semibold text-ink">{texts.what}</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:gap-6">
          {texts.kinds.map((kind, i) => (
            <label key={kind.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={kind.value}
                defaultChecked={(values.kind ?? texts.kinds[0]!.value) === kind.value}
                required={i === 0}
              />
              {kind.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="import-source"
        label={texts.source}
        hint={
          <>
            {texts.sourceHint} {addSource}
          </>
        }
      >
        <select
          id="import-source"
          name="sourceId"
          defaultValue={values.sourceId ?? ""}
          aria-describedby="import-source-hint"
          className="max-w-2xl rounded-md border border-line bg-white px-2 py-1.5 text-sm"
        >
          <option value="">{texts.sourcePerRow}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="import-file" label={texts.file} hint={texts.fileHint} error={fileError}>
        <input
          id="import-file"
          type="file"
          name="file"
          accept=".csv,text/csv"
          required
          aria-invalid={Boolean(fileError) || undefined}
          aria-describedby={fileError ? "import-file-error import-file-hint" : "import-file-hint"}
          className="text-sm"
          onChange={() => setTooLarge(null)}
        />
      </Field>
      <div className="flex items-center gap-4">
        <SubmitButton pending={pending} label={texts.submit} pendingLabel={texts.submitting} />
        <span role="status" className="sr-only">
          {pending ? texts.submitting : ""}
        </span>
      </div>
    </form>
  );
}

/** A labelled control with its hint (id-hint) and error (id-error), which the control names in aria-describedby. */
function Field({ id, label, hint, error, children }: { id: string; label: string; hint: ReactNode; error?: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {children}
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
