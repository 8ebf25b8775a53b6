import type { Site } from "@/lib/site/schema";

/**
 * The brand's accent for both colour schemes. `html:root` outranks the defaults in base.css
 * whatever order the stylesheets load in. The colours are validated hex, so this is safe text.
 */
export function BrandStyle({ site }: { site: Site }) {
  const css = `html:root{--accent:${site.accent}}@media (prefers-color-scheme: dark){html:root{--accent:${site.accentDark}}}`;
  return <style>{css}</style>;
}
