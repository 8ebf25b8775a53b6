/**
 * A link as mail and chat systems rewrite it, for tests: each wrapper writes the original the
 * way the system does (docs/links.md has the formats and their sources). The tracking
 * parameters around it are made up, as each system's are opaque.
 */

const enc = encodeURIComponent;

/** Proofpoint v2: percent-encoding with "-" for "%" and "_" for "/", so "-" and "_" themselves are escaped. */
function proofpointV2Encoded(url: string): string {
  let out = "";
  for (const c of url) {
    if (/[A-Za-z0-9.]/.test(c)) out += c;
    else if (c === "/") out += "_";
    else for (const byte of new TextEncoder().encode(c)) out += `-${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

const RUNS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Proofpoint v3: characters it will not keep in the url ("#", "%", "*") become "*" (or "**<c>" for a run), kept in base64. */
function proofpointV3(url: string): string {
  let kept = "";
  const body = url.replace(/[#%*]+/g, (run) => {
    kept += run;
    if (run.length === 1) return "*";
    return [...run.matchAll(/.{1,65}/gs)]
      .map(([part]) => (part.length === 1 ? "*" : `**${RUNS[part.length - 2]}`))
      .join("");
  });
  const bytes = new TextEncoder().encode(kept);
  const base64 = btoa(String.fromCharCode(...bytes))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
  return `https://urldefense.com/v3/__${body}__;${base64}!!OToaGQ!tjZu2o_4eGwUWFQVexH7vTz29dPGznkqHlsZZ$`;
}

/** Every wrapper whose original can be read back, by the name tests report. */
export const WRAPPERS: Record<string, (url: string) => string> = {
  "Outlook Safe Links": (url) =>
    `https://eur02.safelinks.protection.outlook.com/?url=${enc(url)}&data=05%7C02%7Cana%40example.org%7C6b2f0c1d%7C0%7C0%7C638700000000000000%7CUnknown&sdata=Xy1zAbc%2FdEf%3D&reserved=0`,
  "Teams Safe Links": (url) =>
    `https://statics.teams.cdn.office.net/evergreen-assets/safelinks/1/atp-safelinks.html?url=${enc(url)}&locale=en-gb&dest=https%3A%2F%2Fteams.microsoft.com%2Fv2%2F&pc=Ab12`,
  "a Google redirect": (url) =>
    `https://www.google.com/url?q=${enc(url)}&sa=D&source=editors&ust=1700000000000000&usg=AOvVaw0abcdef`,
  "LinkedIn's redirect": (url) =>
    `https://www.linkedin.com/redir/redirect?url=${enc(url)}&urlhash=Ab1c&trk=public_post-text`,
  "Facebook's link shim": (url) => `https://l.facebook.com/l.php?u=${enc(url)}&h=AT0abcdef&s=1`,
  "Slack's redirect": (url) => `https://slack-redir.net/link?url=${enc(url)}`,
  "Barracuda Link Protection": (url) => `https://linkprotect.cudasvc.com/url?a=${enc(url)}&c=E,1,Ab-Cd_Ef,,&typo=1`,
  "Proofpoint v1": (url) => `https://urldefense.proofpoint.com/v1/url?u=${enc(url)}&k=abc%0A&r=def%0A&m=ghi%0A&s=jkl`,
  "Proofpoint v2": (url) =>
    `https://urldefense.proofpoint.com/v2/url?u=${proofpointV2Encoded(url)}&d=DwMFaQ&c=abc&r=def&m=ghi&s=jkl&e=`,
  "Proofpoint v3": proofpointV3,
  "Safe Links around a Google redirect": (url) =>
    `https://eur02.safelinks.protection.outlook.com/?url=${enc(`https://www.google.com/url?q=${enc(url)}&sa=D`)}&data=05%7C02&reserved=0`,
};

/** Wrappers that keep the original on their own server: no reader can get it back. */
export const OPAQUE = {
  "Mimecast URL Protect": "https://url.uk.m.mimecastprotect.com/s/F6rYCAW0hl6wn3CQg3QZ?domain=example.org",
  "LinkedIn's short links (lnkd.in)": "https://lnkd.in/dAbC12x",
};
