/**
 * Mail and chat systems rewrite the links in a message so that a click passes their own server
 * first. A result link that went through one arrives inside another address; these read the
 * original back out where the address holds it. The formats, as documented or as their
 * well-used decoders read them (see docs/links.md for the sources):
 *
 * - Outlook Safe Links: `https://<region>.safelinks.protection.outlook.com/?url=<encoded>&data=…&sdata=…&reserved=0`,
 *   and in Teams `…/evergreen-assets/safelinks/<n>/atp-safelinks.html?url=<encoded>&locale=…`.
 * - Redirects: Google `google.<tld>/url?q=` (or `url=`), LinkedIn `linkedin.com/redir/redirect?url=`
 *   and `/safety/go?url=`, Facebook and Messenger `l.facebook.com/l.php?u=`, Slack
 *   `slack-redir.net/link?url=`, Barracuda `linkprotect.cudasvc.com/url?a=`.
 * - Proofpoint URL Defense: v1 `urldefense.proofpoint.com/v1/url?u=<encoded>&k=…`, v2
 *   `…/v2/url?u=<"-" for "%", "_" for "/">&d=…`, v3 `urldefense.com/v3/__<url>__;<base64url>!!…$`,
 *   where each `*` in the url stands for one character kept in the base64 and `**<c>` for a run.
 * - Mimecast URL Protect and LinkedIn's `lnkd.in` short links keep the original on their own
 *   server (`…/s/<token>`): nothing here can read them, and the reader says so.
 */

/** A wrapper that was recognised but could not be read: by name, and whether it keeps the original elsewhere. */
export type Opaque = { name: string; elsewhere: boolean };

/** What an address held: the original address, or the wrapper it could not be read out of. */
export type Unwrapped = { url: string; opaque?: Opaque };

const MAX_DEPTH = 4;

/** A quick look before any parsing: most text holds no wrapper at all. */
const HINT =
  /safelinks|urldefense|google\.|linkedin\.com|lnkd\.in|facebook\.com|messenger\.com|slack-redir|cudasvc|mimecast/i;

function parse(text: string): URL | null {
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

const is = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

/** The original address a redirect carries in one of its query parameters. */
function fromQuery(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  const get = (key: string) => url.searchParams.get(key);
  if (is(host, "safelinks.protection.outlook.com") || is(host, "safelinks.protection.office365.us")) return get("url");
  if (/\/atp-safelinks\.html$/i.test(path)) return get("url");
  if (/^(www\.)?google\.[a-z.]+$/.test(host) && /^\/url\/?$/.test(path)) return get("q") ?? get("url");
  if (is(host, "linkedin.com") && /^\/(redir\/redirect|safety\/go)\/?$/.test(path)) return get("url");
  if ((is(host, "facebook.com") || is(host, "messenger.com")) && /^\/(l\.php|flx\/warn\/?)$/.test(path))
    return get("u");
  if (host === "slack-redir.net" && path === "/link") return get("url");
  if (host === "linkprotect.cudasvc.com" && path === "/url") return get("a");
  if (is(host, "mimecast.com") || is(host, "mimecastprotect.com")) return get("url");
  return null;
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function base64UrlText(text: string): string | null {
  try {
    const binary = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
    return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** Run lengths of `**<c>` tokens: "A" is 2, "B" 3, … "_" 65. */
const RUNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Proofpoint v3: the url between `__` and `__;`, its `*` tokens filled from the base64 after `;`. */
function proofpointV3(text: string): string | null {
  const match = /\/v3\/__(.+?)__;([A-Za-z0-9_-]*)!/.exec(text);
  if (!match) return null;
  const [, rawUrl = "", encoded = ""] = match;
  const bytes = base64UrlText(encoded);
  if (bytes === null) return null;
  const kept = [...bytes];
  let at = 0;
  // A single slash after the scheme ("https:/host") is how v3 writes "//".
  const url = percentDecoded(rawUrl.replace(/^([a-z0-9+.-]+:\/)([^/])/i, "$1/$2"));
  return url.replace(/\*(\*.)?/g, (token: string) => {
    const length = token.length === 1 ? 1 : RUNS.indexOf(token.charAt(2)) + 2;
    const run = kept.slice(at, at + length).join("");
    at += length;
    return run;
  });
}

function proofpoint(url: URL, text: string): string | null {
  const host = url.hostname.toLowerCase();
  if (host !== "urldefense.com" && host !== "urldefense.proofpoint.com") return null;
  if (url.pathname.startsWith("/v3/")) return proofpointV3(text);
  const u = url.searchParams.get("u");
  if (u === null) return null;
  if (url.pathname.startsWith("/v2/")) return percentDecoded(u.replaceAll("-", "%").replaceAll("_", "/"));
  return u;
}

/** A wrapper recognised but not read, by name, for the message. */
function opaqueOf(url: URL): Opaque | undefined {
  const host = url.hostname.toLowerCase();
  if (is(host, "mimecast.com") || is(host, "mimecastprotect.com"))
    return { name: "Mimecast URL Protect", elsewhere: true };
  if (host === "lnkd.in") return { name: "LinkedIn's short links (lnkd.in)", elsewhere: true };
  if (is(host, "safelinks.protection.outlook.com") || /\/atp-safelinks\.html$/i.test(url.pathname))
    return { name: "Outlook Safe Links", elsewhere: false };
  if (host === "urldefense.com" || host === "urldefense.proofpoint.com")
    return { name: "Proofpoint URL Defense", elsewhere: false };
  return undefined;
}

/**
 * The address a wrapped link leads to, unwrapping wrappers inside wrappers; the text itself
 * when it is no wrapper. `opaque` names a wrapper that was recognised but could not be read.
 */
export function unwrap(text: string): Unwrapped {
  let current = text;
  for (let depth = 0; depth < MAX_DEPTH && HINT.test(current); depth += 1) {
    const url = parse(current);
    if (!url) break;
    const inner = proofpoint(url, current) ?? fromQuery(url);
    if (inner === null || inner === current) {
      const opaque = opaqueOf(url);
      return opaque ? { url: current, opaque } : { url: current };
    }
    current = inner.trim();
  }
  return { url: current };
}
