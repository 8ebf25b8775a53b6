import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { buildPhases, type BuildPhases } from "./build-phases";

type Options = {
  /** Where the build's output goes; it is printed only when the build fails. */
  logFile: string;
  /** The address the site is built for: Lighthouse wants absolute canonical links. */
  siteUrl: string;
  /** More variables: another content tree and output folder for the scaling copies, say. */
  env?: Record<string, string>;
};

/** Runs `npm run build` in the project: how long it took in ms, and its phases. */
export function timeBuild(
  cwd: string,
  { logFile, siteUrl, env: extra }: Options,
): Promise<{ ms: number; phases: BuildPhases }> {
  const start = performance.now();
  // The default site, at the root, unless told otherwise: a CONTENT_DIR or BASE_PATH left set in
  // the shell would measure some other site.
  const { CONTENT_DIR: _content, BASE_PATH: _base, OUT_DIR: _out, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], {
      cwd,
      env: { ...env, ...extra, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const text = Buffer.concat(output).toString("utf8");
      writeFileSync(logFile, text);
      if (code === 0) resolve({ ms: performance.now() - start, phases: buildPhases(text) });
      else
        reject(new Error(`npm run build failed in ${cwd} (exit ${code}):\n${text.split("\n").slice(-30).join("\n")}`));
    });
  });
}
