import type { ReactNode } from "react";

/** A highlighted aside: `<Callout title="Why this matters">…</Callout>`. */
export function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="callout">
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}
