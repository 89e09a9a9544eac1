"use client";

import { ActionForm, LabeledInput } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";
import { intlTag, type Locale } from "@/lib/i18n/locales";

export function InviteForm({
  action,
  labels,
  roles,
  locale,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  labels: { email: string; role: string; name: string; submit: string; invitationLink: string };
  roles: { value: string; label: string }[];
  locale: Locale;
}) {
  const when = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });
  return (
    <ActionForm
      action={action}
      submitLabel={labels.submit}
      className="flex flex-col gap-4 rounded-lg border border-line p-4 sm:max-w-lg"
      renderMessage={(message) => {
        // The action answers "email|link|expires": the link is shown once, to pass on.
        const [email, link, expires] = message.split("|");
        return (
          <div className="rounded-md border border-mx/30 bg-mx-soft p-3">
            <p>
              {labels.invitationLink
                .replace("{email}", email ?? "")
                .replace("{expires}", expires ? `${when.format(new Date(expires))} UTC` : "")}
            </p>
            <p className="mt-2 break-all">
              <code data-testid="invitation-link">{link}</code>
            </p>
          </div>
        );
      }}
    >
      <LabeledInput name="email" type="email" label={labels.email} required />
      <div className="flex flex-col gap-1">
        <label htmlFor="invite-role" className="text-sm font-semibold">
          {labels.role}
        </label>
        <select id="invite-role" name="role" defaultValue="editor" className="rounded-md border border-line px-2 py-1.5 text-sm">
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </div>
      <LabeledInput name="name" label={labels.name} />
    </ActionForm>
  );
}
