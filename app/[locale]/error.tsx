"use client";

import { useParams } from "next/navigation";
import { errorPageEn, errorPageEs } from "@/lib/i18n/messages/error-page";

// Error boundaries must be client components: they import only their own few
// messages, in the URL's language. The details stay in the server log (digest).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const text = locale === "es" ? errorPageEs : errorPageEn;
  return (
    <div className="py-12">
      <h1 className="font-serif text-3xl font-semibold">{text.title}</h1>
      <p className="mt-3 text-muted">{text.body}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white">
        {text.tryAgain}
      </button>
    </div>
  );
}
