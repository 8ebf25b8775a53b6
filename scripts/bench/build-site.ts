import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPhases, type BuildPhases } from "./build-phases";

/**
 * Runs `npm run build` in a project folder: how long it took in ms, and its phases. The output
 * goes to build.log in that folder and is printed only when the build fails.
 */
export function timeBuild(
  cwd: string,
  logFile = join(cwd, "build.log"),
  siteUrl = "http://127.0.0.1:3400",
): Promise<{ ms: number; phases: BuildPhases }> {
  const start = performance.now();
  // The bench measures the default site as deployed at the address it serves it from (Lighthouse
  // wants absolute canonical links): no other content tree, no sub-path.
  const { CONTENT_DIR: _content, BASE_PATH: _base, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "build"], {
      cwd,
      env: { ...env, SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
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
