import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // An update or delete without a where clause would touch every row (create-t3-app's rule).
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // No SQL outside the data layer: pages and components read through db/queries.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      // Types may come from the schema; values (tables, the connection) may not.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "drizzle-orm", message: "Query through db/queries; no SQL in app/ or components/.", allowTypeImports: true },
            { name: "better-sqlite3", message: "Query through db/queries; no SQL in app/ or components/.", allowTypeImports: true },
          ],
          patterns: [
            {
              group: ["@/db/schema", "@/db/client", "@/db/connection"],
              message: "Query through db/queries; no SQL in app/ or components/.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "data/**"]),
]);
