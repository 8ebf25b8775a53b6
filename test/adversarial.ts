import { filled } from "./linear";

/**
 * The adversarial inputs once found stalling the readers, by family, each made `length` characters
 * long: lines that end like the start of a sealed link (plain, percent-encoded, as Proofpoint
 * writes it, quoted in a reply), with fake seals among them, chains of quoted-printable soft
 * line breaks, runs of encoded spaces, punctuation or invisible characters, HTML entities and
 * quoted-printable escapes, and one long line of link starts.
 */
export const FAMILIES: Record<string, (length: number) => string> = {
  "link starts": (n) => filled(`xx&v=2${"a".repeat(43)}\n`, n),
  "encoded link starts": (n) => filled(`xx%26v%3D2${"a".repeat(39)}\n`, n),
  "Proofpoint link starts": (n) => filled(`xx-26v-3D2${"a".repeat(39)}\n`, n),
  "quoted link starts": (n) => filled(`> xx&v=2${"b".repeat(41)}\n`, n),
  "link starts and fake seals": (n) => filled(`xx&v=2aaaa\nbbb&z=${"c".repeat(43)}\n`, n),
  "soft line breaks": (n) => `x=20${filled("abcdefgh=\n", n - 4)}`,
  "soft line breaks in a link": (n) => `v=3D2${filled("&a=3D1=\n", n - 5)}`,
  "encoded spaces": (n) => filled(`v=2&a=${"%20".repeat(300)}x\n`, n),
  "one line of link starts": (n) => filled("&v=2", n),
  "runs of punctuation": (n) => filled(`v=2&${".".repeat(1500)}x\n`, n),
  "runs of invisible characters": (n) => filled(`v=2&a${"\u200B\u00A0”".repeat(500)}x\n`, n),
  "HTML entities": (n) => filled(`v=2${"&amp;".repeat(300)}\n`, n),
  "quoted-printable escapes": (n) => filled(`v=3D2${"=3D=C3=A9".repeat(200)}\n`, n),
  "wrapped addresses": (n) => filled(`https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F\n`, n),
};
