import { useId, type ReactNode } from "react";

/** A column heading: its text, and a class where a column needs one (a print-only column, say). */
export type Heading = ReactNode | { label: ReactNode; className?: string };

type Props = {
  /** What the table holds, read first by a screen reader. */
  caption: ReactNode;
  /** For a caption only screen readers need: where a heading or a slide's title says it already. */
  captionHidden?: boolean;
  captionId?: string;
  /** The column headings, left to right. Or `head`, for a header with more than one row. */
  columns?: readonly Heading[];
  head?: ReactNode;
  /** Classes beside score-table, such as "change-table". */
  className?: string;
  /** The whole table for screen readers only: the alternative to a chart that is shown. */
  hidden?: boolean;
  /**
   * A box of its own that scrolls sideways, so a wide table never makes the page scroll. The box
   * is a region the keyboard can reach and scroll, named by `label`, by the element with id
   * `labelledBy`, or else by the table's caption; shadows at its edges show that it scrolls
   * (styles/layout.css), as a phone cuts a column in half.
   */
  scroll?: true | { label?: string; labelledBy?: string; className?: string };
  /** The body's rows: each starts with its header cell, `<th scope="row">`. */
  children: ReactNode;
};

function headingCell(heading: Heading, key: number) {
  const { label, className } =
    typeof heading === "object" && heading !== null && "label" in heading ? heading : { label: heading };
  return (
    <th key={key} scope="col" className={className}>
      {label}
    </th>
  );
}

/**
 * Every table of figures on the site: a caption, column headings with their scope, and rows
 * led by their own header cell, so a screen reader names the row and the column of each figure.
 */
export function ScoreTable({
  caption,
  captionHidden,
  captionId,
  columns,
  head,
  className,
  hidden,
  scroll,
  children,
}: Props) {
  // useId is one of the hooks a server component may call: the static pages' tables use this too.
  const ownId = useId();
  const captionRef = captionId ?? (scroll ? `${ownId}-caption` : undefined);
  const table = (
    <table className={hidden ? "visually-hidden" : className ? `score-table ${className}` : "score-table"}>
      <caption id={captionRef} className={captionHidden ? "visually-hidden" : undefined}>
        {caption}
      </caption>
      <thead>{head ?? <tr>{columns?.map(headingCell)}</tr>}</thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!scroll) return table;
  const box: Exclude<Props["scroll"], true | undefined> = scroll === true ? {} : scroll;
  const labelledBy = box.label === undefined ? (box.labelledBy ?? captionRef) : undefined;
  return (
    <div
      className={box.className ? `table-scroll ${box.className}` : "table-scroll"}
      tabIndex={0}
      role="region"
      aria-label={box.label}
      aria-labelledby={labelledBy}
    >
      {table}
    </div>
  );
}
