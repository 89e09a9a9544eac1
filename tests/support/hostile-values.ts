/**
 * Hostile input for the hostile-input suites (tests/hostile-input.test.ts on the
 * data layer, e2e/hostile-input.spec.ts over HTTP): known cross-site scripting
 * and SQL injection payloads, Unicode edge cases, oversized and malformed values,
 * and fast-check's arbitrary strings around them.
 */
import fc from "fast-check";

/** Every payload carries this, so a page that reflects one unescaped is easy to spot. */
export const MARK = "pwn3d";

export const XSS_PAYLOADS = [
  `<script>window.${MARK}=1</script>`,
  `"><script>window.${MARK}=1</script>`,
  `'><img src=x onerror=window.${MARK}=1>`,
  `<svg onload=window.${MARK}=1>`,
  `javascript:window.${MARK}=1`,
  `<a href="javascript:${MARK}()">x</a>`,
  `</title><script>${MARK}</script>`,
  `<iframe srcdoc="<script>${MARK}</script>">`,
  `{{constructor.constructor('${MARK}')()}}`,
  `<!--${MARK}--><style>*{}</style>`,
] as const;

export const SQL_PAYLOADS = [
  `' OR '1'='1`,
  `'; DROP TABLE organizations; -- ${MARK}`,
  `1; DELETE FROM users`,
  `" OR ""="`,
  `${MARK}' UNION SELECT password_hash FROM users --`,
  `%' AND 1=1 --`,
  `NEAR(${MARK} a) OR names: *`,
] as const;

export const UNICODE_EDGES = [
  "\u202Egnp.exe", // right-to-left override
  "a\u200Bb\u200Cc\u200Dd\uFEFF", // zero-width characters and a byte-order mark
  "🇲🇽🇺🇸👩🏽‍🔬", // flags, skin tone, joined emoji
  "Ｓｏｎｏｒａ", // full-width letters
  "e\u0301\u0301\u0301", // stacked combining accents
  "\u0000\u0001\u001F\u007F", // control characters
  "line\r\nbreak\ttab",
  "\uD800", // a lone surrogate
  "İıŞşĞğ", // case folding that changes length
  " ".repeat(50),
] as const;

export const OVERSIZED = ["x".repeat(5_000), "é".repeat(20_000), `${"<b>".repeat(3_000)}${MARK}`] as const;

export const KNOWN_HOSTILE_VALUES: readonly string[] = [
  ...XSS_PAYLOADS,
  ...SQL_PAYLOADS,
  ...UNICODE_EDGES,
  ...OVERSIZED,
  "",
  "-1",
  "0",
  "1e309",
  "NaN",
  "null",
  "undefined",
  "[]",
  "{}",
  "../../etc/passwd",
  "%00",
  "%ZZ",
];

/** A hostile value: a known payload, arbitrary text (any Unicode, lone surrogates included), or a payload inside it. */
export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_HOSTILE_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...XSS_PAYLOADS, ...SQL_PAYLOADS), fc.string({ maxLength: 10 }))
      .map(([a, payload, b]) => a + payload + b),
  },
);
