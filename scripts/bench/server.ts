import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";

/** Serves a built export (out/ unless told) with scripts/serve.mjs on loopback, and waits until it answers. */
export async function serveOut(port: number, outDir = "out"): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), BASE_PATH: "", OUT_DIR: outDir },
    stdio: "ignore",
  });
  const stop = () => void child.kill();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { origin, stop };
    await sleep(100);
  }
  stop();
  throw new Error(`scripts/serve.mjs did not answer on ${origin} (is port ${port} taken? set BENCH_PORT)`);
}

/** The HTTP status of a path, without following redirects. */
export async function statusOf(origin: string, path: string): Promise<number> {
  const response = await fetch(`${origin}${path}`, { redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}
