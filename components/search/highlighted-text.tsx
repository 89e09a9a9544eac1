import type { TextSegment } from "@/lib/search/normalize";

/** Text with the words that matched the search marked; every part is plain text, escaped by React. */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-warn-soft px-0.5 text-ink">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
