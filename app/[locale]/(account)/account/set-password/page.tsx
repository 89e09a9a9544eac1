import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/server";
import { setPasswordAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/account/set-password">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  // No token in the alternates: the link is personal.
  return i18n.meta(`/${i18n.locale}/account/set-password`, {
    title: i18n.m.account.setPasswordTitle,
    robots: { index: false },
    referrer: "no-referrer",
  });
}

export default async function SetPasswordPage({ params, searchParams }: PageProps<"/[locale]/account/set-password">) {
  const { m, locale } = await resolveLocale(params);
  const { token } = await searchParams;
  return (
    <div className="max-w-xl">
      <PageHeader title={m.account.setPasswordTitle} subtitle={m.account.setPasswordIntro} />
      <SetPasswordForm
        action={setPasswordAction.bind(null, locale)}
        token={typeof token === "string" ? token : ""}
        labels={{ password: m.account.newPassword, confirm: m.account.confirmPassword, submit: m.account.setPassword }}
      />
    </div>
  );
}
