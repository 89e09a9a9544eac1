import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/topics/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("topic", props);
}

export default function TopicHistoryPage(props: Props) {
  return <RecordHistoryPage kind="topic" restoreAction={restoreRevisionAction} {...props} />;
}
