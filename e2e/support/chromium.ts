/**
 * Finds a Chromium for Playwright. Playwright cannot download its own browser on
 * these machines, so the system's Debian Chromium is the usual one.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Without the background-networking flags Chromium keeps dialling Google's hosts,
 * which this machine's closed network refuses; --no-sandbox because CI runs as root.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

/** In order: PUENTES_CHROMIUM_PATH or CHROMIUM_PATH, the system's Chromium, Playwright's own download. */
export function resolveChromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.PUENTES_CHROMIUM_PATH || env.CHROMIUM_PATH;
  if (configured) {
    if (!isExecutable(configured)) {
      throw new Error(`Chromium not found at ${configured} (from PUENTES_CHROMIUM_PATH or CHROMIUM_PATH).`);
    }
    return configured;
  }
  const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", playwrightChromiumPath()];
  const found = candidates.find((file): file is string => !!file && isExecutable(file));
  if (found) return found;
  throw new Error(
    "No Chromium for the end-to-end tests. Install one with `apt-get install -y chromium` " +
      "(as root), or set PUENTES_CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
