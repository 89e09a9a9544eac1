/** One JSON line per event on the server log: easy to grep, easy to ship elsewhere. Never pass secrets here. */
export function logEvent(event: string, data: Record<string, unknown> = {}): void {
  // Unit tests exercise sign-in failures by the dozen; their log lines would bury the results.
  if (process.env.PUENTES_LOG === "silent") return;
  console.log(JSON.stringify({ at: new Date().toISOString(), event, ...data }));
}
