import type { ParameterObject } from "@/lib/api/openapi";
import type { I18n } from "@/lib/i18n/server";

/** Few enough values to list them all; longer lists (states) are summarized. */
const MAX_LISTED_VALUES = 12;

/** What a parameter accepts, in words, from its JSON Schema. */
function describeValues(schema: Record<string, unknown>, i18n: I18n): string {
  const { valueKinds } = i18n.m.api;
  const values = schema.enum as string[] | undefined;
  if (values) {
    return values.length <= MAX_LISTED_VALUES
      ? values.join(", ")
      : i18n.t(valueKinds.manyValues, { count: values.length, examples: values.slice(0, 3).join(", ") });
  }
  if (schema.type === "integer") return i18n.t(valueKinds.wholeNumber, { min: Number(schema.minimum), max: Number(schema.maximum) });
  if (schema.pattern) return valueKinds.slug;
  return i18n.t(valueKinds.text, { max: Number(schema.maxLength ?? 0) });
}

export function ParameterTable({ parameters, i18n }: { parameters: ParameterObject[]; i18n: I18n }) {
  const { api } = i18n.m;
  if (parameters.length === 0) return <p className="text-sm text-muted">{api.noParameters}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{api.parameters}</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            {[api.parameter, api.location, api.values, api.required, api.meaning].map((heading) => (
              <th key={heading} scope="col" className="py-1.5 pr-4 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}-${p.name}`} className="border-b border-line align-top">
              <th scope="row" className="py-1.5 pr-4 font-mono font-normal">
                {p.name}
              </th>
              <td className="py-1.5 pr-4">{api.locationName[p.in] ?? p.in}</td>
              <td className="py-1.5 pr-4">{describeValues(p.schema, i18n)}</td>
              <td className="py-1.5 pr-4">{p.required ? api.yes : api.no}</td>
              <td className="py-1.5">{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
