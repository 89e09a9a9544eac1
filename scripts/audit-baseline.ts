/**
 * The empty page `npm run audit` measures beside the real ones: a Next.js app of
 * its own (same Next and React, rendered on each request like Puentes' pages)
 * whose one page is a heading. A separate app rather than a route of Puentes, so
 * the product ships no page that exists only to be measured, and the proxy,
 * sitemap and robots rules never need an exception for it. Built once into the
 * scratch folder, and again when Next's version changes.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { en } from "../lib/i18n/messages/en";

/**
 * `dynamic`: rendered on each request (what `npm run audit` compares pages with);
 * `static`: prerendered at build time, the fastest page Next.js serves (`npm run bench`'s ceiling).
 */
export function writeBaselineApp(dir: string, rendering: "dynamic" | "static" = "dynamic"): string {
  const nextVersion = (createRequire(import.meta.url)("next/package.json") as { version: string }).version;
  const files: Record<string, string> = {
    "app/layout.jsx": `export const metadata = { title: ${JSON.stringify(en.site.name)}, description: ${JSON.stringify(en.site.description)} };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
    "app/page.jsx": `${rendering === "dynamic" ? 'export const dynamic = "force-dynamic";\n\n' : ""}export default function Page() {
  return <h1>${en.site.name}</h1>;
}
`,
    "next-version.txt": nextVersion,
  };
  const current = Object.entries(files).every(([file, text]) => readOrNull(path.join(dir, file)) === text);
  if (!current) {
    fs.rmSync(dir, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
  }
  return dir;
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
