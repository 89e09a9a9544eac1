import type { Metadata } from "next";
import { resolveLocale } from "@/lib/i18n/server";
import { editMetadata, EditRecordPage } from "../../../_components/editor-page";

export function generateMetadata({ params }: PageProps<"/[locale]/meetings/[slug]/edit">): Promise<Metadata> {
  return editMetadata("meeting", params);
}

export default async function Page({ params }: PageProps<"/[locale]/meetings/[slug]/edit">) {
  const i18n = await resolveLocale(params);
  const { slug } = await params;
  return <EditRecordPage i18n={i18n} kind="meeting" slug={slug} />;
}
