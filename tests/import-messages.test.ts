/**
 * The import's interface text in Spanish, waiting in es-pending/ to be merged
 * into es.ts: the same keys as the English, and the same placeholders in each.
 */
import { expect, test } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { dataImport } from "@/lib/i18n/messages/es-pending/dataImport";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** {name} placeholders and the variables of ICU plurals, without the branches' text. */
const placeholders = (text: string) => {
  const withoutBranches = text.replace(/(=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\}/g, "");
  return [...new Set([...withoutBranches.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
};

test("the Spanish import messages have every English key and the same placeholders", () => {
  const english = leaves(en.dataImport as unknown as Tree);
  const spanish = leaves(dataImport as unknown as Tree);
  expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  for (const [key, text] of english) expect(placeholders(spanish.get(key)!), key).toEqual(placeholders(text));
});
