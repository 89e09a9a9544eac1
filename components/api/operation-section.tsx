import { exampleUrl, SAMPLE_ARRAY_LENGTH, type OpenApiDocument } from "@/lib/api/openapi";
import type { I18n } from "@/lib/i18n/server";
import { ParameterTable } from "./parameter-table";

/** One endpoint as the API page shows it: address, purpose, parameters, an example request and its live answer. */
export function OperationSection({ document, path, i18n }: { document: OpenApiDocument; path: string; i18n: I18n }) {
  const { api } = i18n.m;
  const op = document.paths[path]!.get;
  const example = exampleUrl(document, path);
  const [type, media] = Object.entries(op.responses["200"]?.content ?? {})[0] ?? [];
  return (
    <section aria-labelledby={op.operationId} className="border-t border-line py-6">
      <h3 id={op.operationId} className="font-serif text-lg font-semibold">
        {op.summary}
      </h3>
      <p className="mt-1 font-mono text-sm">
        <span className="mr-2 rounded bg-brand-soft px-1.5 py-0.5 font-semibold text-brand-strong">GET</span>
        {path}
        {type && <span className="ml-2 text-muted">({type})</span>}
      </p>
      <p className="mt-2">{op.description}</p>
      <h4 className="mt-4 text-sm font-semibold">{api.parameters}</h4>
      <ParameterTable parameters={op.parameters} i18n={i18n} />
      <h4 className="mt-4 text-sm font-semibold">{api.exampleRequest}</h4>
      <p className="mt-1 break-all font-mono text-sm">
        <a href={example}>{example}</a>
      </p>
      {media?.example !== undefined && (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-semibold">{api.sampleResponse}</summary>
          {media["x-sample-shortened"] && (
            <p className="mt-1 text-sm text-muted">{i18n.t(api.sampleShortened, { count: SAMPLE_ARRAY_LENGTH })}</p>
          )}
          <pre className="mt-2 max-h-96 overflow-auto rounded-md border border-line bg-surface p-3 text-xs">
            {JSON.stringify(media.example, null, 2)}
          </pre>
        </details>
      )}
    </section>
  );
}
