/** Real records of the forum's data that the checks open, one of each kind. */
export const RECORDS = {
  organization: "university-of-arizona",
  program: "canfsa",
  meeting: "2014-06-09-working-group-tucson",
  agreement: "2015-03-16-mou-intern-program",
  person: "joaquin-ruiz",
  topic: "astrophysics",
  source: "sre-2014-06-16-working-group-arizona",
} as const;

/** The record e2e/lived-in.setup.ts changes before the journeys, so it has a history; no journey reads its name. */
export const CHANGED_RECORD = { person: "roberta-jacobson" } as const;
