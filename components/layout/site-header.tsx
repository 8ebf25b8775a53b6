import Link from "next/link";
import type { Site } from "@/lib/site/schema";
import { LogoMark } from "./logo-mark";

const NAV = [
  { href: "/assess/journey/", label: "Journey assessment" },
  { href: "/assess/blunders/", label: "Blunders check" },
  { href: "/articles/", label: "Articles" },
  { href: "/how-scoring-works/", label: "How scoring works" },
];

export function SiteHeader({ site }: { site: Site }) {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="brand" href="/">
          {site.logo ? (
            // A plain img: the logo is a small local file, and next/image adds nothing in a static export.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ""}${site.logo.src}`} width={site.logo.width} height={site.logo.height} alt="" />
          ) : (
            <LogoMark />
          )}
          {site.name}
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
