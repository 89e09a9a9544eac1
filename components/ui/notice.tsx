import type { ReactNode } from "react";

export function Notice({ tone = "info", children }: { tone?: "info" | "warn"; children: ReactNode }) {
  const style = tone === "warn" ? "border-warn/40 bg-warn-soft text-warn" : "border-brand/30 bg-brand-soft text-brand-strong";
  return (
    <div role="note" className={`mb-6 rounded-md border px-4 py-3 text-sm ${style}`}>
      {children}
    </div>
  );
}
