import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Where Debian, Ubuntu and the usual installers put a Chromium-family browser. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The one command that gets a browser on this project's machines (Playwright's own download cannot reach its host here). */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y --no-install-recommends chromium';

/** Flags for headless Chromium on a machine with no network: without the background-networking ones it keeps dialling out. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Path of an installed Chromium: `$CHROMIUM_PATH` if set, else the first known location that exists. */
export function findChromium(): string | null {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function canInstallWithApt(): boolean {
	return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/**
 * Returns a Chromium path, installing Debian's package first when none is found and we are root with apt.
 * Otherwise throws with the command to run, so a missing browser is never a silent skip.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
	const found = findChromium();
	if (found) return found;
	if (!canInstallWithApt()) {
		throw new Error(`No Chromium found (looked at $CHROMIUM_PATH and ${CANDIDATES.join(', ')}).\nInstall one as root:\n  ${INSTALL_COMMAND}\nor set CHROMIUM_PATH to a Chromium or Chrome binary.`);
	}
	log(`No Chromium found; installing Debian's package: ${INSTALL_COMMAND}`);
	execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${INSTALL_COMMAND}`], { stdio: 'inherit' });
	const installed = findChromium();
	if (!installed) throw new Error(`Installed chromium but found no binary at ${CANDIDATES.join(', ')}.`);
	return installed;
}
