/** One JSON line per event on the server log: easy to grep, easy to ship elsewhere. Never pass secrets here. */
export function logEvent(event: string, data: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ at: new Date().toISOString(), event, ...data }));
}
