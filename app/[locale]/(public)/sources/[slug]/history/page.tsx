import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/sources/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("source", props);
}

export default function SourceHistoryPage(props: Props) {
  return <RecordHistoryPage kind="source" restoreAction={restoreRevisionAction} {...props} />;
}
