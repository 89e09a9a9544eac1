/**
 * One address for every kind of public page, with real records of the forum's
 * data, for the checks that go through all of them (axe-core, the phone and
 * zoomed layouts). Lists appear bare and filtered; lists without filters get a
 * second page or an ignored parameter, whose notice is then on the page.
 */
import { expect, type Page } from "@playwright/test";
import type { Locale } from "../../lib/i18n/locales";
import { routes } from "../../lib/routes";
import { CHANGED_RECORD, RECORDS } from "./records";

export interface PageType {
  name: string;
  path: string;
  /** What to wait for before the page is complete (the graph drawn, the map's base loaded). */
  ready?: (page: Page) => Promise<unknown>;
  /** The HTTP status the page answers with (200 unless said). */
  status?: number;
}

const graphDrawn = (page: Page) => page.locator("[data-graph-ready]").waitFor();

export function publicPageTypes(l: Locale): PageType[] {
  return [
    { name: "home", path: routes.home(l) },
    { name: "organizations", path: routes.organizations(l) },
    { name: "organizations, filtered", path: `${routes.organizations(l)}?country=MX&kind=university` },
    { name: "programs", path: routes.programs(l) },
    { name: "programs, filtered", path: `${routes.programs(l)}?topic=astrophysics` },
    { name: "meetings", path: routes.meetings(l) },
    { name: "meetings, filtered", path: `${routes.meetings(l)}?country=MX&year=2014` },
    { name: "agreements", path: routes.agreements(l) },
    { name: "agreements, filtered", path: `${routes.agreements(l)}?kind=memorandum_of_understanding` },
    { name: "people", path: routes.people(l) },
    { name: "people, second page", path: `${routes.people(l)}?page=2` },
    { name: "topics", path: routes.topics(l) },
    { name: "topics, with an ignored parameter", path: `${routes.topics(l)}?colour=blue` },
    { name: "sources", path: routes.sources(l) },
    { name: "sources, with an ignored parameter", path: `${routes.sources(l)}?page=two` },
    { name: "organization", path: routes.organization(l, RECORDS.organization) },
    { name: "program", path: routes.program(l, RECORDS.program) },
    { name: "meeting", path: routes.meeting(l, RECORDS.meeting) },
    { name: "agreement", path: routes.agreement(l, RECORDS.agreement) },
    { name: "person", path: routes.person(l, RECORDS.person) },
    { name: "topic", path: routes.topic(l, RECORDS.topic) },
    { name: "source", path: routes.source(l, RECORDS.source) },
    { name: "history", path: routes.history(l, "person", CHANGED_RECORD.person) },
    { name: "recent changes", path: routes.recentChanges(l) },
    { name: "search results with facets", path: routes.search(l, "?q=materials&country=US") },
    { name: "search results with a typo notice", path: routes.search(l, "?q=arizonna") },
    { name: "partner finder, empty", path: routes.partners(l) },
    { name: "partner finder, with results", path: routes.partners(l, "?institution=uabc&topic=materials-and-advanced-manufacturing") },
    { name: "network", path: routes.network(l), ready: graphDrawn },
    { name: "network, centred on a record", path: routes.networkOf(l, "organization", RECORDS.organization), ready: graphDrawn },
    { name: "map", path: routes.map(l) },
    { name: "map, filtered and focused", path: `${routes.mapOf(l, "organization", RECORDS.organization)}&country=US` },
    { name: "sign-in", path: routes.signIn(l) },
    { name: "not found, unknown record", path: routes.organization(l, "no-such-organization"), status: 404 },
    { name: "not found, unknown address", path: `/${l}/no-such-page`, status: 404 },
  ];
}

export async function openPageType(page: Page, type: PageType): Promise<void> {
  const response = await page.goto(type.path);
  expect(response?.status(), `status of ${type.path}`).toBe(type.status ?? 200);
  await type.ready?.(page);
}
