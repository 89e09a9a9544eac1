/**
 * Which existing record a row of a spreadsheet is about. Organizations match by
 * ROR id, then by website (host and path, whatever the scheme, www or trailing
 * slash), then by English or Spanish name (case, accents and punctuation aside):
 * the first of these that finds anything decides, and finding several is an
 * error the editor settles by adding the ROR id. Meetings match by address
 * (slug), then by title and start date. In memory, over indexes read once per
 * file (db/queries/import-matching.ts), so 10,000 rows cost 10,000 lookups.
 */
import { nameKey, readRorId, websiteKey } from "./values";

export interface OrganizationCandidate {
  id: number;
  slug: string;
  version: number;
  nameEn: string;
  nameEs: string | null;
  acronymEn: string | null;
  acronymEs: string | null;
  rorId: string | null;
  website: string | null;
}

export interface MeetingCandidate {
  id: number;
  slug: string;
  version: number;
  titleEn: string;
  titleEs: string | null;
  startDate: string | null;
}

export interface SourceCandidate {
  id: number;
  slug: string;
  url: string | null;
}

export type MatchKey = "ror" | "website" | "name" | "acronym" | "slug" | "title_date";

export type Match<T> = { status: "none" } | { status: "one"; record: T; by: MatchKey } | { status: "many"; records: T[]; by: MatchKey };

function addTo<T>(map: Map<string, T[]>, key: string | null, value: T): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function decide<T>(found: readonly T[], by: MatchKey): Match<T> | null {
  if (found.length === 0) return null;
  return found.length === 1 ? { status: "one", record: found[0]!, by } : { status: "many", records: [...found], by };
}

function union<T>(...lists: (readonly T[] | undefined)[]): T[] {
  return [...new Set(lists.flatMap((l) => l ?? []))];
}

export class OrganizationIndex {
  private readonly ror = new Map<string, OrganizationCandidate[]>();
  private readonly website = new Map<string, OrganizationCandidate[]>();
  private readonly name = new Map<string, OrganizationCandidate[]>();
  private readonly acronym = new Map<string, OrganizationCandidate[]>();

  constructor(candidates: Iterable<OrganizationCandidate>) {
    for (const c of candidates) {
      addTo(this.ror, c.rorId, c);
      addTo(this.website, websiteKey(c.website), c);
      addTo(this.name, nameKey(c.nameEn), c);
      addTo(this.name, nameKey(c.nameEs), c);
      addTo(this.acronym, nameKey(c.acronymEn), c);
      addTo(this.acronym, nameKey(c.acronymEs), c);
    }
  }

  /** The record a row describes, by the first of its ROR id, website and names that finds any. */
  match(row: { rorId: string | null; website: string | null; names: readonly (string | null)[] }): Match<OrganizationCandidate> {
    return (
      (row.rorId ? decide(this.ror.get(row.rorId) ?? [], "ror") : null) ??
      decide(this.website.get(websiteKey(row.website) ?? "") ?? [], "website") ??
      decide(union(...row.names.map((n) => this.name.get(nameKey(n) ?? ""))), "name") ?? { status: "none" }
    );
  }

  /** An organization named in a list cell: a ROR id, a web address, a name or an acronym. */
  find(text: string): Match<OrganizationCandidate> {
    const ror = readRorId(text);
    if (ror.ok) return decide(this.ror.get(ror.value) ?? [], "ror") ?? { status: "none" };
    if (/^https?:\/\//i.test(text) || /^[^\s]+\.[a-z]{2,}(\/\S*)?$/i.test(text))
      return decide(this.website.get(websiteKey(text) ?? "") ?? [], "website") ?? { status: "none" };
    const key = nameKey(text) ?? "";
    return decide(this.name.get(key) ?? [], "name") ?? decide(this.acronym.get(key) ?? [], "acronym") ?? { status: "none" };
  }
}

const titleDateKey = (title: string | null | undefined, startDate: string | null | undefined) => {
  const key = nameKey(title);
  return key === null ? null : `${key}|${startDate ?? ""}`;
};

export class MeetingIndex {
  private readonly slug = new Map<string, MeetingCandidate>();
  private readonly titleDate = new Map<string, MeetingCandidate[]>();

  constructor(candidates: Iterable<MeetingCandidate>) {
    for (const c of candidates) {
      this.slug.set(c.slug, c);
      addTo(this.titleDate, titleDateKey(c.titleEn, c.startDate), c);
      addTo(this.titleDate, titleDateKey(c.titleEs, c.startDate), c);
    }
  }

  match(row: { slug: string | null; titles: readonly (string | null)[]; startDate: string | null }): Match<MeetingCandidate> {
    const bySlug = row.slug ? this.slug.get(row.slug) : undefined;
    if (bySlug) return { status: "one", record: bySlug, by: "slug" };
    const found = union(...row.titles.map((t) => this.titleDate.get(titleDateKey(t, row.startDate) ?? "")));
    return decide(found, "title_date") ?? { status: "none" };
  }
}

export class SourceIndex {
  private readonly slug = new Map<string, SourceCandidate>();
  private readonly url = new Map<string, SourceCandidate[]>();

  constructor(candidates: Iterable<SourceCandidate>) {
    for (const c of candidates) {
      this.slug.set(c.slug, c);
      addTo(this.url, websiteKey(c.url), c);
    }
  }

  /** A source by its address in Puentes ("sre-2014-06-16-working-group-arizona", or the page's URL) or its document's URL. */
  find(text: string): SourceCandidate | null {
    const value = text.trim();
    const own = /\/sources\/([a-z0-9-]+)\/?$/.exec(value)?.[1];
    const bySlug = this.slug.get(own ?? value.toLowerCase());
    if (bySlug) return bySlug;
    const byUrl = this.url.get(websiteKey(value) ?? "") ?? [];
    return byUrl.length === 1 ? byUrl[0]! : null;
  }

  has(id: number): boolean {
    for (const c of this.slug.values()) if (c.id === id) return true;
    return false;
  }
}
