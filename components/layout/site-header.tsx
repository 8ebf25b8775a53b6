import Link from "next/link";
import { LogoMark } from "./logo-mark";

// Each overview page starts its assessment, so the nav names the ideas rather than the forms.
const NAV = [
  { href: "/journey/", label: "The journey" },
  { href: "/blunders/", label: "The five blunders" },
  { href: "/articles/", label: "Articles" },
  { href: "/how-scoring-works/", label: "How scoring works" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="brand" href="/">
          <LogoMark />
          Outside-In
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
