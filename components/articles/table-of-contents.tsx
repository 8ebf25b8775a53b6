import type { Heading } from "@/lib/articles/text";

export function TableOfContents({ headings }: { headings: Heading[] }) {
  return (
    <nav className="toc" aria-label="On this page">
      <p className="callout-title">On this page</p>
      <ol>
        {headings
          .filter((h) => h.level === 2)
          .map((h) => (
            <li key={h.id}>
              <a href={`#${h.id}`}>{h.text}</a>
            </li>
          ))}
      </ol>
    </nav>
  );
}
