import { Notice } from "@/components/ui/notice";
import type { I18n } from "@/lib/i18n/server";
import type { IgnoredParam } from "@/lib/search-params";

/** Tells the reader which parts of a hand-edited or stale URL were not applied. */
export function IgnoredParams({ ignored, i18n }: { ignored: IgnoredParam[]; i18n: I18n }) {
  if (ignored.length === 0) return null;
  return (
    <Notice tone="warn">
      <p>{i18n.m.common.ignoredParams}</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((p, i) => (
          <li key={`${p.name}-${i}`}>{i18n.t(i18n.m.common.ignoredParam, { name: p.name, value: p.value, reason: p.reason })}</li>
        ))}
      </ul>
    </Notice>
  );
}
