import { sourceLink, type Source } from "@/lib/articles/source";

/**
 * Who the ideas come from, cited as a reader can find them: author, title, publisher or site,
 * year. The title links to the work itself, or to a book's record by its ISBN.
 */
export function SourcesBlock({ sources }: { sources: Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        {sources.map((s) => {
          const link = sourceLink(s);
          return (
            <li key={`${s.author}-${s.title}`}>
              {s.author === "Unattributed" ? "Unattributed" : s.author} ({s.year}).{" "}
              {link ? (
                <a href={link} rel="noopener noreferrer">
                  <cite>{s.title}</cite>
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              . {s.publisher}.{s.isbn && <span className="muted"> ISBN {s.isbn}.</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
