import Link from "next/link";
import type { Site } from "@/lib/site/schema";

export function SiteFooter({ site }: { site: Site }) {
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <nav aria-label="For consultants">
          <ul className="footer-links">
            <li>
              {/* No prefetch: these pages draw charts, and every page shows the footer. */}
              <Link href="/team/" prefetch={false}>
                Team view
              </Link>
            </li>
            <li>
              <Link href="/compare/" prefetch={false}>
                Compare two results
              </Link>
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
