import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { InviteForm } from "@/components/account/invite-form";
import { ManageUserForm } from "@/components/account/manage-user-form";
import { RecordPicker } from "@/components/editor/record-picker";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listUsers } from "@/db/queries/users";
import { getCurrentActor } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { USER_ROLES } from "@/lib/vocabulary";
import { inviteAction, manageUserAction } from "../../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/users">): Promise<Metadata> {
  const i18n = await resolveLocale(params);
  return i18n.meta(routes.users(i18n.locale), { title: i18n.m.account.users, robots: { index: false } });
}

export default async function UsersPage({ params }: PageProps<"/[locale]/admin/users">) {
  const i18n = await resolveLocale(params);
  const { m, locale } = i18n;
  const actor = await getCurrentActor();
  if (!actor) redirect(routes.signIn(locale, routes.users(locale)));
  if (actor.role !== "admin") forbidden();
  const users = listUsers();
  const roles = USER_ROLES.map((r) => ({ value: r, label: m.account.roles[r] ?? r }));
  const pickerLabels = (kind: string) => ({
    search: m.editor.search,
    noMatch: m.editor.noMatch,
    createMissing: m.editor.createMissing,
    kindName: m.editor.kinds[kind] ?? kind,
  });

  return (
    <>
      <PageHeader title={m.account.users} />
      <Section id="invite" title={m.account.inviteTitle}>
        <InviteForm
          action={inviteAction.bind(null, locale)}
          locale={locale}
          roles={roles}
          labels={{
            email: m.account.email,
            role: m.account.role,
            name: m.account.name,
            submit: m.account.invite,
            invitationLink: m.account.invitationLink,
          }}
        />
      </Section>
      <Section id="accounts" title={m.account.users}>
        <ul className="divide-y divide-line rounded-lg border border-line">
          {users.map((u) => (
            <li key={u.id} className="space-y-3 px-4 py-4" aria-label={u.email}>
              <p className="flex flex-wrap items-center gap-2">
                <strong>{u.email}</strong>
                <span className="text-sm text-muted">{m.account.roles[u.role]}</span>
                {!u.hasPassword && <span className="text-sm text-warn">{m.account.pending}</span>}
                {u.disabledAt && <span className="text-sm text-accent">{m.account.disabled}</span>}
              </p>
              <p className="text-sm">
                {m.account.assignments}: {u.assignments.length ? u.assignments.map((a) => a.label).join("; ") : m.account.noAssignments}
              </p>
              {u.id !== actor.id && (
                <div className="flex flex-wrap gap-6">
                  <ManageUserForm
                    action={manageUserAction.bind(null, locale)}
                    userId={u.id}
                    operation="role"
                    submitLabel={m.account.changeRole}
                  >
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      {m.account.role}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      name="role"
                      defaultValue={u.role}
                      className="rounded-md border border-line px-2 py-1.5 text-sm"
                    >
                      {roles.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </ManageUserForm>
                  <ManageUserForm
                    action={manageUserAction.bind(null, locale)}
                    userId={u.id}
                    operation={u.disabledAt ? "enable" : "disable"}
                    submitLabel={u.disabledAt ? m.account.enable : m.account.disable}
                  />
                  <ManageUserForm
                    action={manageUserAction.bind(null, locale)}
                    userId={u.id}
                    operation="assign-organization"
                    submitLabel={m.account.assign}
                  >
                    <div className="w-64">
                      <RecordPicker
                        name="organizationId"
                        kind="organization"
                        label={m.account.assignOrganization}
                        initialId=""
                        initialLabel=""
                        createHref={null}
                        labels={pickerLabels("organization")}
                      />
                    </div>
                  </ManageUserForm>
                  <ManageUserForm
                    action={manageUserAction.bind(null, locale)}
                    userId={u.id}
                    operation="assign-program"
                    submitLabel={m.account.assign}
                  >
                    <div className="w-64">
                      <RecordPicker
                        name="programId"
                        kind="program"
                        label={m.account.assignProgram}
                        initialId=""
                        initialLabel=""
                        createHref={null}
                        labels={pickerLabels("program")}
                      />
                    </div>
                  </ManageUserForm>
                </div>
              )}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
