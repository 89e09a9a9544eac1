/**
 * Turns a form's flat names into the nested input the schemas expect:
 * "fields.titleEn" → { fields: { titleEn } }, "links.people.0.role" →
 * { links: { people: [{ role }] } }. Rows whose every value is empty are dropped
 * (the blank rows a form offers for adding), and gaps in row numbers close up.
 */
const MAX_KEYS = 5_000;
const SAFE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$|^\d{1,4}$/;

type Node = { [key: string]: Node | string };

export function formDataToInput(formData: FormData): Record<string, unknown> {
  const root: Node = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (++count > MAX_KEYS) break;
    const parts = name.split(".");
    // Only plain names and row numbers: never __proto__ or other surprises.
    if (!parts.every((p) => SAFE_KEY.test(p))) continue;
    let node = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        node[part] = value;
        return;
      }
      const next = node[part];
      node = typeof next === "object" ? next : (node[part] = {});
    });
  }
  return toArrays(root) as Record<string, unknown>;
}

function toArrays(node: Node | string): unknown {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return keys
      .sort((a, b) => Number(a) - Number(b))
      .map((k) => toArrays(node[k]!))
      .filter((row) => !isBlankRow(row));
  }
  return Object.fromEntries(keys.map((k) => [k, toArrays(node[k]!)]));
}

function isBlankRow(row: unknown): boolean {
  return typeof row === "object" && row !== null && Object.values(row).every((v) => v === "" || v === undefined);
}
