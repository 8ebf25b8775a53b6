import Link from "next/link";
import { LogoMark } from "./logo-mark";

const NAV = [
  { href: "/assess/journey/", label: "Journey assessment" },
  { href: "/assess/blunders/", label: "Blunders check" },
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
