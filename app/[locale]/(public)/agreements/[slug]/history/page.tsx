import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/agreements/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("agreement", props);
}

export default function AgreementHistoryPage(props: Props) {
  return <RecordHistoryPage kind="agreement" restoreAction={restoreRevisionAction} {...props} />;
}
