import type { ReactNode } from "react";

/** `<KeyTakeaways>` around a bullet list: the points to remember, titled in the article's language. */
export function KeyTakeaways({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <aside className="takeaways" aria-label={title}>
      <p className="callout-title">{title}</p>
      {children}
    </aside>
  );
}
