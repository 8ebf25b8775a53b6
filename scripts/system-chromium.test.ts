import { describe, expect, it } from "vitest";
import { aptCanInstall } from "./system-chromium";

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

describe("aptCanInstall", () => {
  it("installs with apt on Debian and its derivatives, as root", () => {
    expect([DEBIAN, UBUNTU, MINT].map((os) => aptCanInstall(os, 0))).toEqual([true, true, true]);
  });
  it("never as another user, where apt would ask for a password", () => {
    expect(aptCanInstall(DEBIAN, 1000)).toBe(false);
  });
  it("never on other systems, or where the user id is unknown (Windows)", () => {
    expect(aptCanInstall(FEDORA, 0)).toBe(false);
    expect(aptCanInstall("", 0)).toBe(false);
    expect(aptCanInstall(DEBIAN, undefined)).toBe(false);
  });
});
