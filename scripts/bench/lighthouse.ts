import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CATEGORY_IDS, readLighthouseReport, type LighthouseRun } from "./lighthouse-report";
import { medianRun } from "./stats";
import { CHROMIUM_FLAGS, chromiumPath } from "./chromium";

export type LighthouseSession = {
  /** The median of `runs` Lighthouse runs of one address, and the runs themselves. */
  measure: (url: string, runs: number) => Promise<{ median: LighthouseRun; runs: LighthouseRun[] }>;
  version: () => string;
  close: () => Promise<void>;
};

/**
 * One Chromium for every run: Lighthouse clears the cache and storage before each navigation,
 * and starting a browser per run would add seconds of noise on a 2-core machine.
 */
export async function startLighthouse(): Promise<LighthouseSession> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: CHROMIUM_FLAGS });
  let version = "unknown";
  const once = async (url: string): Promise<LighthouseRun> => {
    // No config: Lighthouse's defaults are the mobile preset with simulated slow 4G.
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORY_IDS],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    version = result.lhr.lighthouseVersion;
    return readLighthouseReport(result.lhr);
  };
  return {
    async measure(url, count) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < count; i += 1) runs.push(await once(url));
      return { median: medianRun(runs), runs };
    },
    version: () => version,
    close: () => Promise.resolve(chrome.kill()),
  };
}
