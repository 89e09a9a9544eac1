/**
 * `npm test`: type check, lint, unit and integration tests, production build, end-to-end
 * tests, in that order, stopping at the first failure. Ends with one line that
 * counts the tests of both runners ("tests: N passed, N failed"), which CI reads.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
/** The packages' own command-line entry points, run without a shell. */
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const VITEST_REPORT = "test-results/vitest.json";
const PLAYWRIGHT_REPORT = "test-results/playwright.json"; // written by playwright.config.ts

type Command = { bin: string; args: string[] };
type Step = { name: string; commands: Command[] };

const steps: Step[] = [
  {
    name: "typecheck",
    // Route types (PageProps, LayoutProps…) are generated into .next/types, which a fresh clone lacks.
    commands: [
      { bin: bin("next"), args: ["typegen"] },
      { bin: bin("tsc"), args: ["--noEmit"] },
    ],
  },
  {
    name: "lint",
    commands: [
      { bin: bin("eslint"), args: ["--max-warnings", "0", "."] },
      { bin: bin("prettier"), args: ["--check", "--log-level", "warn", "."] },
    ],
  },
  {
    name: "unit and integration tests",
    commands: [
      {
        bin: bin("vitest"),
        args: ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${VITEST_REPORT}`],
      },
    ],
  },
  { name: "build", commands: [{ bin: bin("next"), args: ["build"] }] },
  { name: "end-to-end tests", commands: [{ bin: bin("playwright"), args: ["test"] }] },
];

process.chdir(root);
// A report left by an earlier run must not be counted as this run's.
for (const report of [VITEST_REPORT, PLAYWRIGHT_REPORT]) fs.rmSync(report, { force: true });

const started = Date.now();
let failedStep: { name: string; code: number } | undefined;
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const t0 = Date.now();
  let code = 0;
  for (const command of step.commands) {
    code = await run(step.name, command);
    if (code !== 0) break;
  }
  console.log(`${code === 0 ? "✔" : "✘"} ${step.name} (${seconds(Date.now() - t0)})`);
  if (code !== 0) {
    failedStep = { name: step.name, code };
    break;
  }
}

const vitest = readCounts(VITEST_REPORT, (r: VitestReport) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const playwright = readCounts(PLAYWRIGHT_REPORT, (r: PlaywrightReport) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected,
}));
console.log(`\nunit: ${describe(vitest)}; end-to-end: ${describe(playwright)}; ${seconds(Date.now() - started)} in all`);
if (failedStep) console.log(`stopped at ${failedStep.name} (exit code ${failedStep.code})`);
const passed = (vitest?.passed ?? 0) + (playwright?.passed ?? 0);
const failed = (vitest?.failed ?? 0) + (playwright?.failed ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStep ? failedStep.code || 1 : 0);

function run(name: string, { bin, args }: Command): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { stdio: "inherit", shell: false });
    // Ctrl-C reaches the child from the terminal itself: wait for it to clean up
    // (Playwright stops its web server) instead of dying first. SIGTERM is passed on.
    const onSigint = () => {};
    const onSigterm = () => child.kill("SIGTERM");
    process.on("SIGINT", onSigint);
    process.on("SIGTERM", onSigterm);
    const done = (code: number) => {
      process.off("SIGINT", onSigint);
      process.off("SIGTERM", onSigterm);
      resolve(code);
    };
    child.on("error", (error) => {
      console.error(`${name}: ${error.message}`);
      done(1);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

type Counts = { passed: number; failed: number };
type VitestReport = { numPassedTests: number; numFailedTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };

function readCounts<R>(file: string, count: (report: R) => Counts): Counts | undefined {
  try {
    return count(JSON.parse(fs.readFileSync(file, "utf8")) as R);
  } catch {
    return undefined;
  }
}

function describe(counts: Counts | undefined): string {
  return counts ? `${counts.passed} passed, ${counts.failed} failed` : "not run";
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
