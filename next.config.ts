import type { NextConfig } from "next";

// Next would report usage to its servers; this site makes no request to anyone, and neither
// does its build. (scripts/build.ts sets it too; this covers `next dev`.)
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

// BASE_PATH lets a consultant host the site under a sub-path, e.g. /assessment.
const basePath = process.env.BASE_PATH?.replace(/\/+$/, "") ?? "";

const nextConfig: NextConfig = {
  output: "export",
  // Plain static servers resolve /results/ to results/index.html; without the slash they 404.
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: basePath || undefined,
  // With output: "export", distDir is where the site is written: OUT_DIR lets a second build
  // (say, one with a base path) sit beside out/ instead of replacing it.
  distDir: process.env.OUT_DIR || undefined,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (tsc --noEmit) and then builds twice; it sets
  // this so neither build checks the same types again. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.OUTSIDE_IN_TYPES_CHECKED === "1" },
  reactStrictMode: true,
  // English pages at the root and the translations under /<lang>/ each have a root layout
  // (app/(en)/, app/[lang]/), so the page a host serves for unknown addresses is a whole
  // document of its own: app/global-not-found.tsx.
  experimental: { globalNotFound: true },
};

export default nextConfig;
