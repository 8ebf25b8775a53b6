import { withBasePath } from "@/components/shared/base-path";
import type { Site } from "@/lib/site/schema";
import { LogoMark } from "./logo-mark";

// Each overview page starts its assessment, so the nav names the ideas rather than the forms.
// On a phone the short labels keep all four links on one line from 320 px up; each short label
// is a word of the full one, which stays the link's name (WCAG 2.5.3, label in name).
const NAV = [
  { href: "/journey/", label: "The journey", short: "Journey" },
  { href: "/blunders/", label: "The five blunders", short: "Blunders" },
  { href: "/articles/", label: "Articles", short: "Articles" },
  { href: "/how-scoring-works/", label: "How scoring works", short: "Scoring" },
];

export function SiteHeader({ site }: { site: Site }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a className="brand" href={withBasePath("/")}>
          {site.logo ? (
            // A plain img: the logo is a small local file, and next/image adds nothing in a static export.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={withBasePath(site.logo.src)} width={site.logo.width} height={site.logo.height} alt="" />
          ) : (
            <LogoMark />
          )}
          {site.name}
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={withBasePath(item.href)} aria-label={item.label}>
                  <span className="nav-full">{item.label}</span>
                  <span className="nav-short">{item.short}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
