import type { Catalogue } from "../questionnaire/catalogue";
import { INVISIBLE_CHARS } from "../shared/invisible";
import { spacedOut, trimEdges } from "./edges";
import { furthest, wrappedError, type Decoded } from "./errors";
import { decodeFragment, isSealed, MAX_FRAGMENT_LENGTH } from "./fragment";
import type { SharedResult } from "./result-schema";
import { unwrap, type Opaque } from "./wrappers";

/**
 * The one link reader. Whatever a result link went through on its way (a mail system's
 * rewriting, a redirect, percent-encoding, HTML or quoted-printable mail, invisible characters
 * a word processor or chat tool left at its ends), these give back the fragment it was, for
 * decodeFragment to check. The seal decides: a reading that is not the link as written fails
 * it, so trying several readings never lets a changed link through.
 */

/** The ways a text can be read as a result fragment, likeliest first, and a wrapper that hid one. */
export type Readings = { readings: string[]; opaque?: Opaque };

// A fragment starts with its format, or holds it after another parameter.
const RESULT = /(?:^|&)v=/;
const SEAL_PARAM = /(?:^|&)z=/;
// Delimiters no fragment holds: where a fragment found inside decoded text ends.
const SPLIT = new RegExp(`[\\s"'\`,;<>|#${INVISIBLE_CHARS}]`);
const ENTITY = /&(?:amp|#0*38|#x0*26|#0*61|#x0*3d|equals|#0*35|#x0*23|num);/gi;
const QP = /(?:=[0-9A-F]{2})+/g;
const QP_LINK = /=3D/;
const PERCENT = /%[0-9A-Fa-f]{2}/;

const ENTITIES: Record<string, string> = { amp: "&", equals: "=", num: "#" };
const entityChar = (name: string) => {
  const lower = name.toLowerCase();
  if (ENTITIES[lower]) return ENTITIES[lower];
  const code = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return String.fromCharCode(code);
};

/** HTML mail writes "&" as "&amp;": the link as the mail program meant it. */
export function withoutEntities(text: string): string {
  return text.replace(ENTITY, (entity) => entityChar(entity.slice(1, -1)));
}

/** Quoted-printable mail writes "=" as "=3D" and other bytes as "=XX": the text as it was. */
export function quotedPrintableDecoded(text: string): string {
  return text.replace(QP, (run) => {
    const bytes = Uint8Array.from(run.slice(1).split("="), (hex) => parseInt(hex, 16));
    return new TextDecoder().decode(bytes);
  });
}

function percentDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The text as written, then percent-decoded once, twice and three times (wrappers inside wrappers escape again). */
function* decodings(text: string): Generator<string> {
  let current: string | null = text;
  for (let i = 0; i < 4 && current !== null; i += 1) {
    yield current;
    if (!PERCENT.test(current)) return;
    const next = percentDecoded(current);
    current = next === current ? null : next;
  }
}

/**
 * The parts of a text that look like a result fragment: after a "#", between delimiters, without
 * what surrounds them. An unsealed (format 1) link cannot tell its own last character from one
 * put after it ("label=*" or "label=*" and a bold mark), so it is read as written first.
 */
function fragmentsIn(text: string): string[] {
  return spacedOut(text)
    .split(SPLIT)
    .flatMap((part) => {
      const trimmed = trimEdges(part);
      return trimmed !== part && RESULT.test(part) && !SEAL_PARAM.test(part) ? [part, trimmed] : [trimmed];
    })
    .filter((part) => RESULT.test(part));
}

// A fragment as the site writes it, with nothing to undo: most links a team view reads.
const PLAIN = /^[A-Za-z0-9][A-Za-z0-9&=._*+-]*[A-Za-z0-9_-]$/;

/** Every reading of a text that may hold one result link, likeliest first. */
export function fragmentReadings(text: string): Readings {
  if (PLAIN.test(text) && !QP_LINK.test(text)) return { readings: RESULT.test(text) ? [text] : [] };
  const readings: string[] = [];
  let opaque: Opaque | undefined;
  const trimmed = trimEdges(text);
  const entities = withoutEntities(trimmed);
  // Quoted-printable only where "=" is written "=3D", as every parameter of a link then is. As
  // written first: an unsealed link's last character may be one that also surrounds links.
  const forms = [text, trimmed, entities, QP_LINK.test(entities) ? quotedPrintableDecoded(entities) : entities];
  for (const [i, form] of forms.entries()) {
    if (forms.indexOf(form) !== i) continue;
    const unwrapped = unwrap(form);
    opaque ??= unwrapped.opaque;
    for (const decoded of decodings(unwrapped.url))
      for (const fragment of fragmentsIn(decoded)) if (!readings.includes(fragment)) readings.push(fragment);
  }
  return opaque ? { readings, opaque } : { readings };
}

/**
 * Reads a result link however it arrived: a fragment, a whole address, a wrapped or
 * percent-encoded one, with invisible characters around it. Never throws; a wrapper that holds
 * no readable result says which it is and what to do.
 */
export function readLink(text: string, catalogue: Catalogue): Decoded<SharedResult> {
  const direct = decodeFragment(text, catalogue);
  // Wrapping and escaping at most quadruple a link: anything longer is refused unread. A link
  // whose seal holds is the link as it was written, whatever else is wrong with it (a newer
  // questionnaire version, say): no other reading of it can be truer.
  if (direct.ok || text.length > 4 * MAX_FRAGMENT_LENGTH || isSealed(text)) return direct;
  const { readings, opaque } = fragmentReadings(text.startsWith("#") ? text.slice(1) : text);
  let best = direct;
  for (const reading of readings) {
    const decoded = decodeFragment(reading, catalogue);
    if (decoded.ok || isSealed(reading)) return decoded;
    best = furthest(best, decoded);
  }
  if (opaque && (readings.length === 0 || opaque.elsewhere)) return wrappedError(opaque.name, opaque.elsewhere);
  return best;
}
