import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/programs/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("program", props);
}

export default function ProgramHistoryPage(props: Props) {
  return <RecordHistoryPage kind="program" restoreAction={restoreRevisionAction} {...props} />;
}
