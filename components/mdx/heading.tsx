import { Children, isValidElement, type ReactNode } from "react";
import { slugify } from "@/lib/articles/text";

function textOf(node: ReactNode): string {
  return Children.toArray(node)
    .map((child) => {
      if (typeof child === "string" || typeof child === "number") return String(child);
      if (isValidElement<{ children?: ReactNode }>(child)) return textOf(child.props.children);
      return "";
    })
    .join("");
}

/**
 * Headings with an id and a visible "#" link, so any section can be linked to. The id is made
 * from the words, unless `anchors` maps it to another: a translated page's sections keep the
 * English's ids (lib/content/i18n/english-anchors.ts).
 */
export function AnchoredHeading({
  level,
  anchors = {},
  children,
}: {
  level: 2 | 3;
  anchors?: Readonly<Record<string, string>>;
  children?: ReactNode;
}) {
  const own = slugify(textOf(children));
  const id = anchors[own] ?? own;
  const Tag = level === 2 ? "h2" : "h3";
  return (
    <Tag id={id} className="anchored">
      {children}
      <a className="anchor" href={`#${id}`} aria-label={`Link to this section: ${textOf(children)}`}>
        #
      </a>
    </Tag>
  );
}
