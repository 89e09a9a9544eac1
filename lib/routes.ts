/** Every URL, built in one place so links and pages never disagree. */
import type { RecordKind } from "@/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { ImportKind } from "@/lib/vocabulary";

/** The URL segment of each kind of record ("meetings" for meeting). Series have no pages of their own yet. */
export const KIND_SEGMENTS: Record<Exclude<RecordKind, "meeting_series">, string> = {
  organization: "organizations",
  program: "programs",
  meeting: "meetings",
  agreement: "agreements",
  person: "people",
  topic: "topics",
  source: "sources",
};

export type EditableKind = keyof typeof KIND_SEGMENTS;

export function isEditableKind(kind: string): kind is EditableKind {
  return kind in KIND_SEGMENTS;
}

export const routes = {
  home: (l: Locale) => `/${l}`,
  organizations: (l: Locale) => `/${l}/organizations`,
  organization: (l: Locale, slug: string) => `/${l}/organizations/${slug}`,
  programs: (l: Locale) => `/${l}/programs`,
  program: (l: Locale, slug: string) => `/${l}/programs/${slug}`,
  meetings: (l: Locale) => `/${l}/meetings`,
  meeting: (l: Locale, slug: string) => `/${l}/meetings/${slug}`,
  agreements: (l: Locale) => `/${l}/agreements`,
  agreement: (l: Locale, slug: string) => `/${l}/agreements/${slug}`,
  people: (l: Locale) => `/${l}/people`,
  person: (l: Locale, slug: string) => `/${l}/people/${slug}`,
  topics: (l: Locale) => `/${l}/topics`,
  topic: (l: Locale, slug: string) => `/${l}/topics/${slug}`,
  sources: (l: Locale) => `/${l}/sources`,
  source: (l: Locale, slug: string) => `/${l}/sources/${slug}`,
  list: (l: Locale, kind: EditableKind) => `/${l}/${KIND_SEGMENTS[kind]}`,
  record: (l: Locale, kind: EditableKind, slug: string) => `/${l}/${KIND_SEGMENTS[kind]}/${slug}`,
  edit: (l: Locale, kind: EditableKind, slug: string) => `/${l}/${KIND_SEGMENTS[kind]}/${slug}/edit`,
  create: (l: Locale, kind: EditableKind) => `/${l}/${KIND_SEGMENTS[kind]}/new`,
  signIn: (l: Locale, callbackUrl?: string) => `/${l}/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`,
  account: (l: Locale) => `/${l}/account`,
  setPassword: (l: Locale, token: string) => `/${l}/account/set-password?token=${encodeURIComponent(token)}`,
  users: (l: Locale) => `/${l}/admin/users`,
  history: (l: Locale, kind: EditableKind, slug: string) => `/${l}/${KIND_SEGMENTS[kind]}/${slug}/history`,
  recentChanges: (l: Locale) => `/${l}/recent-changes`,
  search: (l: Locale, query = "") => `/${l}/search${query}`,
  recentChangesFeed: () => `/api/feeds/recent-changes`,
  partners: (l: Locale, query = "") => `/${l}/partners${query}`,
  partnersApi: (query = "") => `/api/partners${query}`,
  network: (l: Locale, query = "") => `/${l}/network${query}`,
  /** The network centred on one record (the ":" is left readable; it is valid in a query string). */
  networkOf: (l: Locale, kind: "organization" | "program" | "meeting", slug: string) =>
    `/${l}/network?focus=${kind}:${encodeURIComponent(slug)}`,
  map: (l: Locale, query = "") => `/${l}/map${query}`,
  /** The map with one record's marker highlighted. */
  mapOf: (l: Locale, kind: "organization" | "meeting", slug: string) => `/${l}/map?focus=${encodeURIComponent(`${kind}:${slug}`)}`,
  mapBase: () => `/api/map/base`,
  imports: (l: Locale) => `/${l}/import`,
  /** One import: its preview while pending, its result once written. */
  importOf: (l: Locale, id: number, query = "") => `/${l}/import/${id}${query}`,
  importTemplate: (kind: ImportKind) => `/api/import/templates/${kind}s.csv`,
};
