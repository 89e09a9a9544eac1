import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listRevisionsByUser } from "@/db/queries/users";
import { getCurrentActor } from "@/lib/auth/session";
import { formatChangeTime } from "@/lib/history/format";
import { resolveLocale } from "@/lib/i18n/server";
import { KIND_SEGMENTS, routes } from "@/lib/routes";
import { signOutAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  return i18n.meta(routes.account(i18n.locale), { title: i18n.m.account.accountTitle, robots: { index: false } });
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(locale, routes.account(locale)));
  const edits = listRevisionsByUser(actor.id, 50);

  return (
    <>
      <PageHeader title={m.account.accountTitle} subtitle={i18n.t(m.account.signedInAs, { email: actor.email })}>
        <span className="text-sm text-muted">{m.account.roles[actor.role]}</span>
      </PageHeader>
      <div className="flex flex-wrap items-center gap-6">
        <form action={signOutAction.bind(null, locale)} className="flex items-center gap-3">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="everywhere" /> {m.account.signOutEverywhere}
          </label>
          <button type="submit" className="rounded-md border border-line px-4 py-2 text-sm hover:bg-surface">
            {m.account.signOut}
          </button>
        </form>
        <Link href={routes.needsTranslation(locale)}>{m.translation.link}</Link>
        <Link href={routes.imports(locale)}>{m.dataImport.link}</Link>
        {actor.role === "admin" && <Link href={routes.users(locale)}>{m.account.users}</Link>}
      </div>
      <Section id="my-edits" title={m.account.myEdits}>
        <LinkList
          items={edits}
          empty={m.account.noEdits}
          keyOf={(r) => r.id}
          render={(r) => {
            const segment = KIND_SEGMENTS[r.recordKind as keyof typeof KIND_SEGMENTS];
            const slug = (r.after as { slug?: string }).slug ?? "";
            return (
              <div className="flex flex-col gap-1 sm:flex-row sm:items-center sm:justify-between">
                <span>
                  {segment ? <Link href={`/${locale}/${segment}/${slug}`}>{r.label}</Link> : r.label}{" "}
                  <span className="text-sm text-muted">({m.editor.kinds[r.recordKind]})</span>
                </span>
                <span className="text-sm text-muted">
                  {m.account.actions[r.action]} · <time dateTime={r.createdAt.toISOString()}>{formatChangeTime(r.createdAt, locale)}</time>
                </span>
              </div>
            );
          }}
        />
      </Section>
    </>
  );
}
