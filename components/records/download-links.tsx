import { Fragment } from "react";
import type { I18n } from "@/lib/i18n/server";
import { EXPORT_FORMATS, routes, type ExportDataset } from "@/lib/routes";

/**
 * "Download: CSV · JSON" for a list, keeping its filters (`query`, from buildQuery).
 * Plain links, not next/link: the files come from the API, and nothing should prefetch them.
 */
export function DownloadLinks({ label, dataset, query, i18n }: { label: string; dataset: ExportDataset; query: string; i18n: I18n }) {
  const { download } = i18n.m.api;
  return (
    <p className="text-sm text-muted">
      {label}{" "}
      {EXPORT_FORMATS.map((format, i) => (
        <Fragment key={format}>
          {i > 0 && " · "}
          <a
            href={routes.exportFile(dataset, format, query)}
            download
            aria-label={i18n.t(download.formatLabel, { what: download.datasetName[dataset], format: download[format] })}
          >
            {download[format]}
          </a>
        </Fragment>
      ))}
    </p>
  );
}
