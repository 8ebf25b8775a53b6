import { withBasePath } from "@/components/shared/base-path";
import type { Site } from "@/lib/site/schema";

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <nav aria-label="More">
          <ul className="footer-links">
            <li>
              <a href={withBasePath("/guide/")}>How to use Outside-In</a>
            </li>
            <li>
              <a href={withBasePath("/team/")}>Team view</a>
            </li>
            <li>
              <a href={withBasePath("/compare/")}>Compare two results</a>
            </li>
            <li>
              <a href={withBasePath("/about/")}>About the library</a>
            </li>
            <li>
              <a href={withBasePath("/sources/")}>Sources</a>
            </li>
            <li>
              {/* Feed readers find the feed in every page's head; people look here. */}
              <a href={withBasePath("/feed.xml")} type="application/atom+xml">
                Articles feed
              </a>
            </li>
          </ul>
        </nav>
        {site.contact && (
          <p>
            <a href={site.contact.url} rel="noopener">
              {site.contact.label}
            </a>
          </p>
        )}
        <p>{site.footer}</p>
        <p>
          Built on Graham Hill&apos;s six stages of customer-centricity and Paul Levesque&apos;s five service blunders.
        </p>
      </div>
    </footer>
  );
}
