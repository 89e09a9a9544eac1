import { notFound } from "next/navigation";

// An unknown address under a language (/es/no-such-page) answers with that
// language's not-found page, inside its layout, rather than the bilingual
// global one kept for addresses with no language at all.
export default function UnknownAddress(): never {
  notFound();
}
