import { Fragment, type ReactNode } from "react";

/**
 * A message with links in it: "Invite … from the {team}, …" with each {name} replaced by its
 * element, so a translation may put the link wherever its sentence needs it.
 */
export function withLinks(message: string, links: Readonly<Record<string, ReactNode>>): ReactNode {
  return message.split(/\{(\w+)\}/).map((part, i) => {
    if (i % 2 === 0) return part;
    if (!(part in links)) throw new Error(`message needs a link for {${part}}: "${message}"`);
    return <Fragment key={i}>{links[part]}</Fragment>;
  });
}
