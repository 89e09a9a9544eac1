import type { Metadata } from "next";
import { resolveLocale } from "@/lib/i18n/server";
import { newMetadata, NewRecordPage } from "../../_components/editor-page";

export function generateMetadata({ params }: PageProps<"/[locale]/people/new">): Promise<Metadata> {
  return newMetadata("person", params);
}

export default async function Page({ params, searchParams }: PageProps<"/[locale]/people/new">) {
  const i18n = await resolveLocale(params);
  const { name } = await searchParams;
  return <NewRecordPage i18n={i18n} kind="person" name={typeof name === "string" ? name : undefined} />;
}
