#!/usr/bin/env node
// A small static server for out/, so `npm start` needs nothing beyond Node. It mirrors what
// static hosts do: /path/ serves path/index.html, unknown paths get 404.html with status 404.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { createGzip } from "node:zlib";

const root = resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

// Text is gzipped when the browser accepts it, as every static host and CDN does; without it
// Lighthouse would time downloads three to four times larger than any visitor gets.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

if (!existsSync(join(root, "index.html"))) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

function resolveFile(pathname) {
  const inside = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const file = join(root, inside);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, "index.html"))) return join(file, "index.html");
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return null;
}

const server = createServer((req, res) => {
  let pathname;
  try {
    pathname = new URL(req.url ?? "/", "http://localhost").pathname;
  } catch {
    res.writeHead(400).end("Bad request");
    return;
  }
  if (basePath && pathname !== basePath && !pathname.startsWith(`${basePath}/`)) {
    res.writeHead(404, { "content-type": "text/plain" }).end(`Not found: the site lives under ${basePath}/`);
    return;
  }
  const local = basePath ? pathname.slice(basePath.length) || "/" : pathname;
  // Directory URLs without the slash redirect, as static hosts do with trailingSlash.
  if (!local.endsWith("/") && !extname(local) && existsSync(join(root, local, "index.html"))) {
    res.writeHead(308, { location: `${basePath}${local}/` }).end();
    return;
  }
  let file;
  try {
    file = resolveFile(local);
  } catch {
    file = null;
  }
  // The not-found page itself is never "found", however it is asked for.
  const status = file && !/[/\\]404\.html$/.test(file) ? 200 : 404;
  // An unknown address under a language's folder gets that language's 404.html (/de/404.html),
  // as Netlify, Cloudflare Pages and `serve` do; any other gets the site's own.
  const folder = local.split("/")[1];
  const own = folder && !folder.includes(".") ? join(root, folder, "404.html") : null;
  file ??= own && existsSync(own) ? own : join(root, "404.html");
  // A folder without a 404 page (another site served for comparison, say) gets a plain answer
  // rather than a crash that would take the server down for every later request.
  if (!existsSync(file)) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const type = TYPES[extname(file)] ?? "application/octet-stream";
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(status, {
    "content-type": type,
    ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    // Files named by their content hash never change: Next's chunks and the island bundles.
    "cache-control": /[/\\](_next[/\\]static|_islands)[/\\]/.test(file)
      ? "public, max-age=31536000, immutable"
      : "no-cache",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Outside-In is served at http://localhost:${port}${basePath}/ (Ctrl+C to stop)`);
});
