import type { Heading } from "@/lib/articles/text";

export function TableOfContents({ label, headings }: { label: string; headings: Heading[] }) {
  return (
    <nav className="toc" aria-label={label}>
      <p className="callout-title">{label}</p>
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
