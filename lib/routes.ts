/** Every URL, built in one place so links and pages never disagree. */
import type { RecordKind } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
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
  /** Editors' list of records whose text is missing in a language or marked for review. */
  needsTranslation: (l: Locale, query = "") => `/${l}/translations${query}`,
  search: (l: Locale, query = "") => `/${l}/search${query}`,
  /** English by default (feed readers keep the address); `?locale=es` for Spanish. */
  recentChangesFeed: (l?: Locale) => `/api/feeds/recent-changes${l && l !== "en" ? `?locale=${l}` : ""}`,
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
  sitemapIndex: () => `/sitemap.xml`,
  /** One file of the sitemap (app/sitemaps/sitemap.ts serves them). */
  sitemap: (id: string) => `/sitemaps/sitemap/${id}.xml`,
  /** The meetings' iCalendar feed: all of them, or one organization's or program's; in the reader's language. */
  calendar: (l: Locale, owner?: { kind: "organization" | "program"; slug: string }) =>
    `/api/calendar/${owner ? `${KIND_SEGMENTS[owner.kind]}/${encodeURIComponent(owner.slug)}` : "meetings"}.ics${l === DEFAULT_LOCALE ? "" : `?lang=${l}`}`,
  /** The public JSON API (app/api/v1), its document and the page describing it. */
  api: (path = "") => `/api/v1${path}`,
  apiRecord: (kind: ApiKind, slug: string) => `/api/v1/${KIND_SEGMENTS[kind]}/${encodeURIComponent(slug)}`,
  apiList: (kind: ApiKind, query = "") => `/api/v1/${KIND_SEGMENTS[kind]}${query}`,
  openApi: () => `/api/v1/openapi.json`,
  apiDocs: (l: Locale) => `/${l}/api`,
  /** A CSV or JSON download of a list, with the list's filters as the query. */
  exportFile: (dataset: ExportDataset, format: ExportFormat, query = "") => `/api/v1/exports/${dataset}.${format}${query}`,
  imports: (l: Locale) => `/${l}/import`,
  /** One import: its preview while pending, its result once written. */
  importOf: (l: Locale, id: number, query = "") => `/${l}/import/${id}${query}`,
  importTemplate: (kind: ImportKind) => `/api/import/templates/${kind}s.csv`,
};

/** Kinds of record the API serves one by one. */
export const API_KINDS = ["organization", "program", "meeting", "person", "topic"] as const;
export type ApiKind = (typeof API_KINDS)[number];

export const EXPORT_DATASETS = ["organizations", "meetings", "participations"] as const;
export type ExportDataset = (typeof EXPORT_DATASETS)[number];
export const EXPORT_FORMATS = ["csv", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
