import Link from "next/link";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";

/** From a profile to the network centred on that record. */
export function SeeInNetwork({ kind, slug, i18n }: { kind: "organization" | "program" | "meeting"; slug: string; i18n: I18n }) {
  return (
    <p className="mt-10">
      <Link href={routes.networkOf(i18n.locale, kind, slug)} className="font-medium">
        {i18n.m.network.seeInNetwork} →
      </Link>
    </p>
  );
}
