import * as z from "../zod-mini";
import { IdSchema } from "../questionnaire/ids";
import { base64UrlToBytes, bytesToBase64Url } from "../shared/base64url";
import { cleanName, hasVisible } from "../shared/name-rule";

/**
 * A leader's note on an answer: the evidence or example behind it, in their words. Plain text,
 * one paragraph, shown as text and never as markup. Notes stay in the browser unless the leader
 * chooses to put them in the link (`n=`), where anyone holding the link can read them.
 */
export const MAX_NOTE_LENGTH = 280;

/** Notes by questionnaire id, then question id. */
export type Notes = Record<string, Record<string, string>>;

/** The note as kept and shown: one line, no invisible characters, at most 280 characters; undefined when blank. */
export function cleanNote(raw: string | null | undefined): string | undefined {
  return cleanName(raw, MAX_NOTE_LENGTH);
}

/** Why a typed note cannot be kept, or null when it can (an empty one simply removes the note). */
export function noteProblem(raw: string): string | null {
  if (raw.length > MAX_NOTE_LENGTH)
    return `A note holds up to ${MAX_NOTE_LENGTH} characters; this one has ${raw.length}. Shorten it to keep it.`;
  if (raw !== "" && !hasVisible(raw)) return "This note shows nothing: type the evidence or example in words.";
  return null;
}

/** In a link: a format digit, then the notes as JSON, deflated, in base64url. */
const PREFIX = "1.";

/** Whether a link's `n=` (or `p.n=`) is written as packNotes writes notes; unpackNotes reads the rest. */
export const isPackedNotes = (text: string | null | undefined): text is string =>
  typeof text === "string" && /^1\.[A-Za-z0-9_-]+$/.test(text);
/** A packed note list never inflates past this: a link's own limit keeps real ones far below. */
const MAX_INFLATED = 64 * 1024;

const NotesSchema = z.record(IdSchema, z.record(IdSchema, z.string()));

/** Only the notes that show something, each cleaned; questionnaires without any left out. */
function tidy(notes: Notes): Notes {
  const kept: Notes = {};
  for (const [questionnaire, byQuestion] of Object.entries(notes)) {
    const clean = Object.entries(byQuestion).flatMap(([question, text]) => {
      const note = cleanNote(text);
      return note ? [[question, note] as const] : [];
    });
    if (clean.length > 0) kept[questionnaire] = Object.fromEntries(clean);
  }
  return kept;
}

async function run(stream: CompressionStream | DecompressionStream, bytes: Uint8Array<ArrayBuffer>, cap: number) {
  // The bytes are written straight into the stream: through a Blob's stream instead, Chromium
  // fetches each blob back from its blob store, which made 5,000 links' notes take 10-20 times
  // as long to inflate (scripts/measure-team-notes.ts). A failure to inflate rejects the read
  // below too, so the writer's own promises are only kept from being reported unhandled.
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > cap) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Notes as a link carries them (`1.<deflated JSON in base64url>`), or undefined when none shows
 * anything. Deflated by the browser's own CompressionStream: no code shipped for it.
 */
export async function packNotes(notes: Notes): Promise<string | undefined> {
  const kept = tidy(notes);
  if (Object.keys(kept).length === 0) return undefined;
  const json = new TextEncoder().encode(JSON.stringify(kept));
  const packed = await run(new CompressionStream("deflate-raw"), json, Number.POSITIVE_INFINITY);
  if (!packed) throw new Error("deflating notes gave nothing");
  return `${PREFIX}${bytesToBase64Url(packed)}`;
}

export type UnpackedNotes = { ok: true; notes: Notes } | { ok: false; reason: string };

/**
 * The notes a link carries. The seal has already shown they are as the site wrote them, so a
 * failure here means a site or tool wrote something else: the answers still stand, the notes
 * are said to be unreadable.
 */
export async function unpackNotes(packed: string): Promise<UnpackedNotes> {
  const unreadable = {
    ok: false,
    reason: "The notes in this link cannot be read; the answers are not affected.",
  } as const;
  if (!packed.startsWith(PREFIX)) return unreadable;
  const bytes = base64UrlToBytes(packed.slice(PREFIX.length));
  if (!bytes) return unreadable;
  let json: Uint8Array | null;
  try {
    json = await run(new DecompressionStream("deflate-raw"), bytes, MAX_INFLATED);
  } catch {
    return unreadable;
  }
  if (!json) return unreadable;
  try {
    const parsed = NotesSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)));
    return parsed.success ? { ok: true, notes: tidy(parsed.data) } : unreadable;
  } catch {
    return unreadable;
  }
}
