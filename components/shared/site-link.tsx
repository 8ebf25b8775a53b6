import type { ComponentProps } from "react";
import { withBasePath } from "./base-path";

/**
 * A link to a page of this site: a plain <a> with the base path in front. Every page is a
 * static file, and islands run without Next's router, so next/link would only add its code and
 * its prefetching.
 */
export function SiteLink({ href, ...rest }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={withBasePath(href)} {...rest} />;
}
