import type { Metadata } from "next";
import Link from "next/link";
import { RecordMap, type PlacedMarker } from "@/components/map/record-map";
import { IgnoredParams } from "@/components/records/ignored-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FilterForm } from "@/components/ui/filter-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import {
  getMapRecord,
  listMapMarkers,
  listProgramChoices,
  MAP_KINDS,
  markerKeyOf,
  type MapFilters,
  type MapMarker,
  type MapKind,
} from "@/db/queries/map";
import { listMeetingYears } from "@/db/queries/meetings";
import { listTopics } from "@/db/queries/topics";
import { getState, isCityState, STATES } from "@/lib/geo";
import type { I18n } from "@/lib/i18n/server";
import { resolveLocale } from "@/lib/i18n/server";
import { MAP_HEIGHT, MAP_WIDTH, projectPoint } from "@/lib/map/base-map";
import { routes } from "@/lib/routes";
import { facetParamSchemas } from "@/lib/validation/facet-params";
import { buildQuery, oneOf, parseSearchParams } from "@/lib/search-params";
import { formatRecordRef, recordRefSchema } from "@/lib/validation/record-ref";
import { COUNTRIES, ORGANIZATION_KINDS } from "@/lib/vocabulary";
import { TableScroll } from "@/components/ui/table-scroll";

export async function generateMetadata({ params }: PageProps<"/[locale]/map">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  const { m } = i18n;
  return i18n.meta(routes.map(i18n.locale), { title: m.map.title, description: m.map.description });
}

const schemas = {
  kind: oneOf(MAP_KINDS),
  ...facetParamSchemas,
  focus: recordRefSchema(MAP_KINDS),
};

function placeName(marker: Pick<MapMarker, "city" | "state">, i18n: I18n): string {
  const state = getState(marker.state);
  const stateName = state ? (i18n.locale === "en" ? state.nameEn : state.nameEs) : null;
  if (marker.city && stateName && !isCityState(marker.state)) return `${marker.city}, ${stateName}`;
  return marker.city ?? stateName ?? i18n.m.map.unknownPlace;
}

export default async function MapPage({ params, searchParams }: PageProps<"/[locale]/map">) {
  const i18n = await resolveLocale(params);
  const { m, locale, t } = i18n;
  const { values, ignored } = parseSearchParams(await searchParams, schemas);
  const { focus, ...rest } = values;
  const filters: MapFilters = rest;

  const topics = listTopics();
  const programs = listProgramChoices();
  // A slug that names nothing would silently empty the map: say so and drop it instead.
  if (filters.topic && !topics.some((tp) => tp.slug === filters.topic)) {
    ignored.push({ name: "topic", value: filters.topic, reason: "names no topic in the directory" });
    delete filters.topic;
  }
  if (filters.program && !programs.some((p) => p.slug === filters.program)) {
    ignored.push({ name: "program", value: filters.program, reason: "names no program in the directory" });
    delete filters.program;
  }
  const focused = focus ? getMapRecord(focus.kind, focus.slug) : null;
  if (focus && !focused) ignored.push({ name: "focus", value: formatRecordRef(focus), reason: m.map.focusUnknown });

  const result = listMapMarkers(filters);
  const focusKey =
    focused && focused.latitude !== null && focused.longitude !== null
      ? markerKeyOf(focused.kind, focused.latitude, focused.longitude, result.gridDegrees)
      : null;
  const focusShown = focusKey !== null && result.markers.some((mk) => mk.key === focusKey);

  const countOf = (kind: MapKind, n: number) => t(kind === "organization" ? m.map.organizationsCount : m.map.meetingsCount, { count: n });
  const anchorOf = (mk: MapMarker) => `place-${mk.key.replaceAll(":", "-")}`;
  const rows = result.markers.map((mk) => {
    const place = placeName(mk, i18n);
    const names = mk.records.map((r) => i18n.name(r.name));
    const label =
      names.length > 0 && names.length <= 5
        ? t(m.map.markerNameWithRecords, { place, count: countOf(mk.kind, mk.count), names: i18n.list(names) })
        : t(m.map.markerName, { place, count: countOf(mk.kind, mk.count) });
    const only = mk.count === 1 ? mk.records[0] : undefined;
    return {
      mk,
      place,
      label,
      point: projectPoint(mk.latitude, mk.longitude),
      href: only ? routes.record(locale, only.kind, only.slug) : `#${anchorOf(mk)}`,
    };
  });
  const placedMarkers: PlacedMarker[] = rows.flatMap(({ mk, label, point, href }) =>
    point ? [{ key: mk.key, kind: mk.kind, x: point.x, y: point.y, count: mk.count, label, href, focused: mk.key === focusKey }] : [],
  );
  const stateName = (code: string) => {
    const s = getState(code);
    return s ? (locale === "en" ? s.nameEn : s.nameEs) : code;
  };

  return (
    <>
      <Breadcrumbs label={m.common.breadcrumb} items={[{ label: m.nav.home, href: routes.home(locale) }, { label: m.map.title }]} />
      <PageHeader title={m.map.title} subtitle={m.map.description} />
      <IgnoredParams ignored={ignored} i18n={i18n} />
      <FilterForm
        action={routes.map(locale)}
        i18n={i18n}
        fields={[
          {
            name: "kind",
            label: m.map.kind,
            selected: filters.kind,
            options: MAP_KINDS.map((k) => ({ value: k, label: m.map.kinds[k] ?? k })),
          },
          {
            name: "country",
            label: m.map.country,
            selected: filters.country,
            options: COUNTRIES.map((c) => ({ value: c, label: m.country[c] ?? c })),
          },
          {
            name: "state",
            label: m.map.state,
            selected: filters.state,
            options: STATES.map((s) => ({ value: s.code, label: `${stateName(s.code)} (${m.countryShort[s.country]})` })).sort((a, b) =>
              a.label.localeCompare(b.label, locale),
            ),
          },
          {
            name: "orgKind",
            label: m.map.orgKind,
            selected: filters.orgKind,
            options: ORGANIZATION_KINDS.map((k) => ({ value: k, label: m.vocabulary.organizationKind[k] ?? k })),
          },
          {
            name: "topic",
            label: m.map.topic,
            selected: filters.topic,
            options: topics.map((tp) => ({ value: tp.slug, label: i18n.name(tp.name) })),
          },
          {
            name: "program",
            label: m.map.program,
            selected: filters.program,
            options: programs.map((p) => ({ value: p.slug, label: i18n.name(p.name) })),
          },
          {
            name: "year",
            label: m.map.year,
            selected: filters.year ? String(filters.year) : undefined,
            options: listMeetingYears().map((y) => ({ value: String(y), label: String(y) })),
          },
        ]}
      />
      {filters.orgKind && filters.kind !== "organization" && <Notice>{m.map.orgKindHint}</Notice>}
      {focused && (
        <Notice>
          {t(focused.latitude === null ? m.map.focusUnplaced : focusShown ? m.map.focusShown : m.map.focusFilteredOut, {
            name: i18n.name(focused.name),
          })}
        </Notice>
      )}

      <p className="mb-1 text-sm text-ink" role="status">
        {t(m.map.placedSummary, {
          organizations: countOf("organization", result.placed.organization),
          meetings: countOf("meeting", result.placed.meeting),
        })}
      </p>
      <p className="mb-4 text-sm text-muted">
        {t(m.map.unplacedSummary, {
          organizations: countOf("organization", result.unplaced.organization),
          meetings: countOf("meeting", result.unplaced.meeting),
        })}
      </p>

      <figure className="mb-4">
        <RecordMap width={MAP_WIDTH} height={MAP_HEIGHT} markers={placedMarkers} label={m.map.figure} />
        <figcaption className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-1 text-xs text-muted">
          <span className="font-semibold text-ink">{m.map.legend}:</span>
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3 rounded-full bg-us" />
            {m.map.legendOrganization}
          </span>
          <span className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block size-3 rotate-45 bg-mx" />
            {m.map.legendMeeting}
          </span>
          <span>{m.map.legendCount}</span>
          {result.gridDegrees > 0.01 && <span>{t(m.map.grouped, { degrees: result.gridDegrees })}</span>}
        </figcaption>
        <p className="mt-1 text-xs text-muted">{m.map.boundaries}</p>
      </figure>

      <Section id="places" title={m.map.listTitle} intro={m.map.listIntro}>
        {rows.length === 0 ? (
          <p className="text-sm text-muted">{m.map.empty}</p>
        ) : (
          <TableScroll framed={false}>
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-line text-left">
                  <th scope="col" className="py-2 pr-4">
                    {m.map.place}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {m.map.count}
                  </th>
                  <th scope="col" className="py-2">
                    {m.map.records}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ mk, place, point }) => (
                  <tr
                    key={mk.key}
                    id={anchorOf(mk)}
                    className={`border-b border-line align-top ${mk.key === focusKey ? "bg-warn-soft" : ""}`}
                  >
                    <th scope="row" className="py-2 pr-4 text-left font-medium">
                      {place} {point === null && <span className="font-normal text-muted">{m.map.outsideMap}</span>}
                    </th>
                    <td className="py-2 pr-4">{countOf(mk.kind, mk.count)}</td>
                    <td className="py-2">
                      {mk.records.length > 0 ? (
                        <ul className="flex flex-col gap-1">
                          {mk.records.map((r) => (
                            <li key={r.slug}>
                              <Link href={routes.record(locale, r.kind, r.slug)}>{i18n.name(r.name)}</Link>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-muted">
                          {t(m.map.moreRecords, { count: mk.count })}{" "}
                          {mk.state && (
                            <Link href={`${routes.map(locale)}${buildQuery({ ...filters, kind: mk.kind, state: mk.state })}#places`}>
                              {stateName(mk.state)}
                            </Link>
                          )}
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </Section>
    </>
  );
}
