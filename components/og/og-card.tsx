import { OG_IMAGE } from "@/lib/site/page-metadata";

type Props = {
  /** The site's name, shown top left with the mark. */
  siteName: string;
  /** The brand's accent colour (content/site.yaml), a validated #rrggbb. */
  accent: string;
  /** Small text above the title: what kind of page this is. */
  kicker: string;
  title: string;
  /** A line under the title; left out when empty. */
  subtitle?: string;
};

/**
 * A link-preview picture, drawn by next/og (satori) at build time with the font it bundles,
 * so nothing is fetched. Satori lays out with flexbox only, and every element with more than
 * one child needs `display: flex`.
 */
export function OgCard({ siteName, accent, kicker, title, subtitle }: Props) {
  // Long titles get smaller type so they stay within three lines.
  const titleSize = title.length > 70 ? 56 : title.length > 40 ? 66 : 76;
  return (
    <div
      style={{
        ...OG_IMAGE,
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#fbfaf8",
        color: "#1b1f24",
        borderTop: `24px solid ${accent}`,
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 34, color: "#3d4550" }}>
        <svg width="56" height="56" viewBox="0 0 32 32">
          <circle cx="16" cy="16" r="14" fill="none" stroke="#1b1f24" strokeWidth="2.5" opacity="0.35" />
          <path d="M16 2a14 14 0 0 1 14 14" fill="none" stroke={accent} strokeWidth="3" strokeLinecap="round" />
          <circle cx="16" cy="16" r="5" fill={accent} />
        </svg>
        <span style={{ marginLeft: 20 }}>{siteName}</span>
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <span style={{ fontSize: 30, color: accent, marginBottom: 16 }}>{kicker}</span>
        <span style={{ fontSize: titleSize, lineHeight: 1.12 }}>{title}</span>
        {subtitle ? (
          <span style={{ fontSize: 30, color: "#3d4550", marginTop: 24, lineHeight: 1.3 }}>{subtitle}</span>
        ) : null}
      </div>
    </div>
  );
}
