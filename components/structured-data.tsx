import { serializeJsonLd, type JsonLd } from "@/lib/structured-data";

/** A page's schema.org description, as search engines read it (built by lib/structured-data.ts). */
export function StructuredData({ data }: { data: JsonLd }) {
  // The serializer escapes "<", so record text cannot end the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
