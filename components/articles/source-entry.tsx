import { byline, NO_DATE, sourceLink, type Source } from "@/lib/sources/schema";

/**
 * One entry of a reference list, as a reader can look it up: who, when, what (linked to the
 * work itself, or a book's record by its ISBN), where, and how the work reaches us.
 */
export function SourceEntry({ source: s }: { source: Source }) {
  const link = sourceLink(s);
  const title = <cite>{s.title}</cite>;
  return (
    <>
      {byline(s)} ({s.year === NO_DATE ? "n.d." : s.year}).{" "}
      {link ? (
        <a href={link} rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      .{s.publication && <> {s.publication}.</>}
      {s.isbn && <span className="muted"> ISBN {s.isbn}.</span>}
      {s.note && <span className="source-note"> {s.note}</span>}
    </>
  );
}
