import { Notice } from "@/components/ui/notice";
import type { I18n } from "@/lib/i18n/server";

export function ArchivedNotice({ archivedAt, i18n }: { archivedAt: Date | null; i18n: I18n }) {
  if (!archivedAt) return null;
  return <Notice tone="warn">{i18n.m.common.archived}</Notice>;
}
