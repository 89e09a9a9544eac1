import Link from "next/link";
import type { NetworkGraph, NetworkNode } from "@/db/queries/network";
import type { Page } from "@/db/queries/shared";
import type { I18n } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { TableScroll } from "@/components/ui/table-scroll";

export interface NetworkRow {
  organization: NetworkNode;
  relation: string;
  record: NetworkNode;
}

/** The graph's links as rows, by organization then program or meeting, for the table under the graph. */
export function networkRows(graph: NetworkGraph, i18n: I18n): NetworkRow[] {
  const collator = new Intl.Collator(i18n.locale, { sensitivity: "base" });
  const label = (n: NetworkNode) => i18n.name(n.name);
  return graph.edges
    .map((e) => ({ organization: graph.nodes[e.source]!, relation: e.relation, record: graph.nodes[e.target]! }))
    .sort(
      (a, b) =>
        collator.compare(label(a.organization), label(b.organization)) ||
        a.organization.id - b.organization.id ||
        collator.compare(label(a.record), label(b.record)),
    );
}

function RecordCell({ node, i18n }: { node: NetworkNode; i18n: I18n }) {
  const name = i18n.text(node.name);
  return (
    <Link href={routes.record(i18n.locale, node.kind, node.slug)} lang={name?.lang}>
      {name?.text ?? node.slug}
      {node.kind === "organization" && node.shortName && !name?.text.includes(node.shortName) ? ` (${node.shortName})` : ""}
    </Link>
  );
}

/**
 * Everything the graph shows, readable with a keyboard or a screen reader (and
 * without JavaScript): organization — link — program or meeting.
 */
export function NetworkTable({ page, i18n }: { page: Page<NetworkRow>; i18n: I18n }) {
  const { m } = i18n;
  if (page.total === 0) return <p className="text-sm text-muted">{m.network.noLinks}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <TableScroll>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{i18n.t(m.network.tableCaption, { page: page.page, pageCount: page.pageCount })}</caption>
        <thead className="bg-surface text-ink">
          <tr>
            <th scope="col" className={cell}>
              {m.network.organization}
            </th>
            <th scope="col" className={cell}>
              {m.network.relation}
            </th>
            <th scope="col" className={cell}>
              {m.network.record}
            </th>
            <th scope="col" className={cell}>
              {m.network.date}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {page.items.map((row) => (
            <tr key={`${row.organization.id}-${row.record.kind}-${row.record.id}`}>
              <th scope="row" className={`${cell} font-normal`}>
                <RecordCell node={row.organization} i18n={i18n} />
                {row.organization.country && <span className="text-muted"> · {m.countryShort[row.organization.country]}</span>}
              </th>
              <td className={cell}>{m.network.relations[row.relation]}</td>
              <td className={cell}>
                <span className="text-muted">{m.network.kind[row.record.kind]}: </span>
                <RecordCell node={row.record} i18n={i18n} />
              </td>
              <td className={`${cell} whitespace-nowrap text-muted`}>{i18n.date(row.record.date) ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
