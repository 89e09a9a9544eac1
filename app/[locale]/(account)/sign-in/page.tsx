import type { Metadata } from "next";
import { SignInForm } from "@/components/account/sign-in-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { readEnv } from "@/lib/env";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { signInWithPassword, signInWithSso } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  return i18n.meta(routes.signIn(i18n.locale), { title: i18n.m.account.signIn, robots: { index: false } });
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const query = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const callbackUrl = first(query.callbackUrl) ?? routes.account(locale);
  const env = readEnv();
  const sso = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
  // Auth.js sends failed single sign-on back here with ?error=…
  const ssoFailed = first(query.error) === "AccessDenied";

  return (
    <div className="max-w-xl">
      <PageHeader title={m.account.signInTitle} subtitle={m.account.signInIntro} />
      {first(query.passwordSet) && <Notice>{m.account.passwordSet}</Notice>}
      {ssoFailed && <Notice tone="warn">{m.account.ssoFailed}</Notice>}
      <SignInForm
        action={signInWithPassword.bind(null, locale)}
        callbackUrl={callbackUrl}
        defaultEmail={first(query.email)}
        labels={{ email: m.account.email, password: m.account.password, submit: m.account.signIn }}
      />
      {sso && (
        <form action={signInWithSso.bind(null, locale)} className="mt-8 border-t border-line pt-6">
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="rounded-md border border-brand px-5 py-2 font-semibold text-brand hover:bg-brand-soft">
            {i18n.t(m.account.orSso, { name: env.OIDC_NAME })}
          </button>
        </form>
      )}
    </div>
  );
}
