import { historyMetadata, RecordHistoryPage } from "@/components/history/record-history-page";
import { restoreRevisionAction } from "../../../history-actions";

type Props = PageProps<"/[locale]/people/[slug]/history">;

export function generateMetadata(props: Props) {
  return historyMetadata("person", props);
}

export default function PersonHistoryPage(props: Props) {
  return <RecordHistoryPage kind="person" restoreAction={restoreRevisionAction} {...props} />;
}
