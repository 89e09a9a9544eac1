/** Every public URL, built in one place so links and pages never disagree. */
import type { Locale } from "@/lib/i18n/locales";

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
};
