"use client";

// Error boundaries must be client components. Text is English until the
// language can be read here; the details stay in the server log (digest).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-12">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">This page could not be shown. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
