import Link from "next/link";
import type { RecentChange } from "@/db/queries/history";
import { formatChangeTime } from "@/lib/history/format";
import type { I18n } from "@/lib/i18n/server";
import { isEditableKind, routes } from "@/lib/routes";
import { Badge } from "@/components/ui/badge";
import { TableScroll } from "@/components/ui/table-scroll";

/** Site-wide changes, newest first: when, who, what, which record, and a link to the change itself. */
export function RecentChangesTable({ changes, i18n }: { changes: RecentChange[]; i18n: I18n }) {
  const { m, locale } = i18n;
  if (changes.length === 0) return <p className="text-sm text-muted">{m.history.noChanges}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <TableScroll>
      <table className="w-full text-left text-sm">
        <thead className="bg-surface text-muted">
          <tr>
            <th scope="col" className={cell}>
              {m.history.when}
            </th>
            <th scope="col" className={cell}>
              {m.history.who}
            </th>
            <th scope="col" className={cell}>
              {m.history.what}
            </th>
            <th scope="col" className={cell}>
              {m.history.record}
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">{m.history.viewChanges}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {changes.map((c) => {
            const linkable = c.slug !== null && isEditableKind(c.recordKind) ? { kind: c.recordKind, slug: c.slug } : null;
            return (
              <tr key={c.id}>
                <td className={`${cell} whitespace-nowrap text-muted`}>
                  <time dateTime={c.createdAt.toISOString()}>{formatChangeTime(c.createdAt, locale)}</time>
                </td>
                <td className={cell}>{c.author}</td>
                <td className={cell}>
                  <Badge tone={c.action === "restore" ? "warn" : "brand"}>{m.history.action[c.action] ?? c.action}</Badge>
                  {c.importFile && (
                    <span className="mt-1 block text-xs text-muted">{i18n.t(m.dataImport.viaImport, { file: c.importFile })}</span>
                  )}
                </td>
                <td className={cell}>
                  <span className="mr-2 text-xs text-muted">{m.history.kinds[c.recordKind] ?? c.recordKind}</span>
                  {c.hidden ? (
                    <span className="italic text-muted">{m.history.privatePerson}</span>
                  ) : linkable ? (
                    <Link href={routes.record(locale, linkable.kind, linkable.slug)} className="font-medium">
                      {c.label}
                    </Link>
                  ) : (
                    <span>{c.label}</span>
                  )}
                </td>
                <td className={cell}>
                  {linkable && (
                    <Link
                      href={`${routes.history(locale, linkable.kind, linkable.slug)}?to=${c.id}#changes`}
                      aria-label={i18n.t(m.history.viewChangesOf, { version: c.version })}
                      className="whitespace-nowrap"
                    >
                      {m.history.viewChanges}
                    </Link>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
