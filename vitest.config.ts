import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The marker throws outside React Server Components; tests import the data layer directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    setupFiles: ["tests/support/temp-database.ts"],
    testTimeout: 30_000,
    env: { PUENTES_LOG: "silent" },
  },
});
