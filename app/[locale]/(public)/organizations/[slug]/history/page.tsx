import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/organizations/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("organization", props);
}

export default function OrganizationHistoryPage(props: Props) {
  return <RecordHistoryPage kind="organization" restoreAction={restoreRevisionAction} {...props} />;
}
