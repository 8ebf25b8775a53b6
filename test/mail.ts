/**
 * Text as mail programs write it, for tests: quoted-printable bodies (RFC 2045: "=" as "=3D",
 * bytes outside ASCII as "=XX", lines of at most 76 characters ending in a soft break "="),
 * quoted replies ("> " before every line), and links wrapped at a fixed width.
 */

/** A body encoded as quoted-printable, soft-wrapped at 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let encoded = "";
      for (const c of line) {
        if (c === "=" || c.charCodeAt(0) > 126) {
          for (const byte of new TextEncoder().encode(c))
            encoded += `=${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        } else encoded += c;
      }
      const pieces: string[] = [];
      // 75 characters and a soft break, never inside an "=XX".
      while (encoded.length > 76) {
        let cut = 75;
        while (encoded.lastIndexOf("=", cut - 1) > cut - 3) cut = encoded.lastIndexOf("=", cut - 1);
        pieces.push(`${encoded.slice(0, cut)}=`);
        encoded = encoded.slice(cut);
      }
      return [...pieces, encoded].join("\n");
    })
    .join("\n");
}

/** Every line quoted, as a reply quotes the message before it. */
export const quoted = (text: string, prefix = "> ") => text.replace(/^/gm, prefix);

/** Lines broken every `width` characters, as a mail program that wraps long links does. */
export const wrapped = (text: string, width: number) => text.replace(new RegExp(`(.{${width}})(?=.)`, "g"), "$1\n");
