/**
 * The two catalogs must say the same things: every key in both, the same
 * {placeholders} in each message, and plural messages the formatter can read. The
 * `Messages` type already refuses a missing key in es.ts; this also catches the
 * open-ended dictionaries (Record<string, string>) and extra keys, both ways.
 */
import { describe, expect, test } from "vitest";
import { formatMessage } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { catalogs } from "@/lib/i18n/messages";

type Tree = { [key: string]: Tree | string };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** Arguments a message uses: {name} and the argument of {count, plural, …}, looking inside the plural's branches. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    let i = 0;
    while (i < text.length) {
      if (text[i] !== "{") {
        i++;
        continue;
      }
      const end = closing(text, i);
      const inner = text.slice(i + 1, end);
      const plural = /^(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
      if (plural) {
        names.add(plural[1]!);
        // Branches: selector {text}; each text may hold placeholders of its own.
        const body = plural[2]!;
        for (let j = 0; j < body.length; j++) {
          if (body[j] === "{") {
            const e = closing(body, j);
            walk(body.slice(j + 1, e));
            j = e;
          }
        }
      } else if (/^\w+$/.test(inner)) names.add(inner);
      i = end + 1;
    }
  };
  walk(message);
  return [...names].sort();
}

function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    if (text[i] === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** A minimal ICU check: balanced braces, and every plural has an `other` branch and only known selectors. */
export function pluralProblems(message: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  for (const ch of message) {
    if (ch === "{") depth++;
    if (ch === "}") depth--;
    if (depth < 0) problems.push("a } closes nothing");
  }
  if (depth !== 0) problems.push("unbalanced braces");
  for (const match of message.matchAll(/\{(\w+)\s*,\s*plural\s*,((?:[^{}]|\{[^{}]*\})*)\}/g)) {
    const body = match[2]!;
    const selectors = [...body.matchAll(/([^\s{}]+)\s*\{[^{}]*\}/g)].map((m) => m[1]!);
    if (!selectors.includes("other")) problems.push(`plural {${match[1]}} has no "other" branch`);
    for (const s of selectors) if (!/^(=\d+|zero|one|two|few|many|other)$/.test(s)) problems.push(`unknown plural selector "${s}"`);
    const rest = body.replace(/([^\s{}]+)\s*\{[^{}]*\}/g, "").trim();
    if (rest) problems.push(`stray text "${rest}" in plural {${match[1]}}`);
  }
  if (/plural/.test(message) && !/\{\w+\s*,\s*plural\s*,/.test(message)) problems.push("malformed plural");
  return problems;
}

const [first, second] = LOCALES;
const trees = Object.fromEntries(LOCALES.map((l) => [l, leaves(catalogs[l] as unknown as Tree)]));

describe("message catalogs", () => {
  test.each([
    [first, second],
    [second, first],
  ])("every %s key exists in %s", (a, b) => {
    const missing = [...trees[a!]!.keys()].filter((key) => !trees[b!]!.has(key));
    expect(missing).toEqual([]);
  });

  test("the same placeholders in both languages", () => {
    const differing: string[] = [];
    for (const [key, en] of trees[first]!) {
      const es = trees[second]!.get(key);
      if (es === undefined) continue;
      const a = placeholders(en).join(",");
      const b = placeholders(es).join(",");
      if (a !== b) differing.push(`${key}: {${a}} ≠ {${b}}`);
    }
    expect(differing).toEqual([]);
  });

  test.each(LOCALES)("every %s message parses, and fills without leaving a brace", (locale) => {
    const broken: string[] = [];
    for (const [key, message] of trees[locale]!) {
      const problems = pluralProblems(message);
      const values = Object.fromEntries(placeholders(message).map((name) => [name, 2]));
      const filled = formatMessage(message, values, locale);
      if (/[{}]/.test(filled)) problems.push(`left "${filled}"`);
      if (problems.length > 0) broken.push(`${key}: ${problems.join("; ")}`);
    }
    expect(broken).toEqual([]);
  });

  test("no message is empty", () => {
    for (const locale of LOCALES) for (const [key, message] of trees[locale]!) expect(message.trim(), key).not.toBe("");
  });

  test("the checks catch what they are for", () => {
    expect(placeholders("{count, plural, one {# a} other {# {name}}}")).toEqual(["count", "name"]);
    expect(pluralProblems("{count, plural, one {# a}}")).toContain('plural {count} has no "other" branch');
    expect(pluralProblems("{count, plural, uno {# a} other {#}}")).toContain('unknown plural selector "uno"');
    expect(pluralProblems("{count, plural, one {# a} other {#}")).toContain("unbalanced braces");
  });
});
