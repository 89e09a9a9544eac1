import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/meetings/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("meeting", props);
}

export default function MeetingHistoryPage(props: Props) {
  return <RecordHistoryPage kind="meeting" restoreAction={restoreRevisionAction} {...props} />;
}
