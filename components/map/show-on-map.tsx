import Link from "next/link";
import type { ReactNode } from "react";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

/** A record's place followed by a link to its marker on the map (for records with coordinates). */
export function PlaceWithMapLink({
  place,
  kind,
  slug,
  i18n,
}: {
  place: ReactNode;
  kind: "organization" | "meeting";
  slug: string;
  i18n: I18n;
}) {
  return (
    <>
      {place} {place ? "· " : null}
      <Link href={routes.mapOf(i18n.locale, kind, slug)}>{i18n.m.map.showOnMap}</Link>
    </>
  );
}
