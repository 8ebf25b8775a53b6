import type { ReactNode } from "react";

/** `<KeyTakeaways>` around a bullet list: the points to remember. */
export function KeyTakeaways({ children }: { children?: ReactNode }) {
  return (
    <aside className="takeaways" aria-label="Key takeaways">
      <p className="callout-title">Key takeaways</p>
      {children}
    </aside>
  );
}
