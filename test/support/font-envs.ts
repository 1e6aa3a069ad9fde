import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Two sets of installed fonts for Chromium, set by a fontconfig file of their own (FONTCONFIG_FILE): the
 * deck tests lay every slide out under both and compare, so a layout that depends on the machine's fonts
 * fails. `dejavu` has DejaVu alone (a bare Debian); `liberation` has Liberation (metric twins of Arial,
 * Times and Courier) and Noto Mono, and no DejaVu, as a machine whose `sans-serif` and `monospace` are
 * other families. Debian's packages; `.ci/run` installs them, and so does the first test that needs them
 * when it runs as root.
 */
export interface FontEnvironment {
	name: 'dejavu' | 'liberation';
	/** The fontconfig file to hand Chromium as FONTCONFIG_FILE. */
	fontconfigFile: string;
	/** The font folders it lists. */
	dirs: string[];
}

/** Debian's packages that hold the fonts, and the folders they install. */
const SETS = {
	dejavu: { packages: ['fonts-dejavu-core'], dirs: ['/usr/share/fonts/truetype/dejavu'] },
	liberation: { packages: ['fonts-liberation', 'fonts-noto-mono'], dirs: ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/noto'] },
} as const;

/** The command that installs every font the two environments use. */
export const FONT_INSTALL_COMMAND = `apt-get update && apt-get install -y --no-install-recommends ${[...SETS.dejavu.packages, ...SETS.liberation.packages].join(' ')}`;

const hasFonts = (dir: string): boolean => existsSync(dir) && readdirSync(dir).some((f) => /\.(ttf|otf)$/i.test(f));

/** Installs the fonts as root with apt when a folder is missing; otherwise fails with the command to run (never a silent skip). */
function ensureFonts(): void {
	const missing = Object.values(SETS).flatMap((set) => set.dirs.filter((dir) => !hasFonts(dir)));
	if (missing.length === 0) return;
	const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
	if (!canInstall) throw new Error(`The font environments need ${missing.join(', ')}. Install as root:\n  ${FONT_INSTALL_COMMAND}`);
	execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${FONT_INSTALL_COMMAND}`], { stdio: 'inherit' });
	const still = Object.values(SETS).flatMap((set) => set.dirs.filter((dir) => !hasFonts(dir)));
	if (still.length > 0) throw new Error(`Installed the font packages but found no fonts in ${still.join(', ')}`);
}

let made: FontEnvironment[] | undefined;

/**
 * The two environments. Their fontconfig files live in a folder of the temporary directory named after
 * what they hold (so runs share them, and their font caches, instead of leaving a folder each), with a
 * cache folder of their own: the machine's fontconfig cache is never touched. The system's rules
 * (/etc/fonts/conf.d: aliases, rendering) are included; only the fonts differ.
 */
export function fontEnvironments(): FontEnvironment[] {
	if (made) return made;
	ensureFonts();
	const root = path.join(os.tmpdir(), `talkbook-fontconfig-${createHash('sha256').update(JSON.stringify(SETS)).digest('hex').slice(0, 12)}`);
	made = (Object.entries(SETS) as [FontEnvironment['name'], (typeof SETS)[keyof typeof SETS]][]).map(([name, set]) => {
		const cache = path.join(root, `${name}-cache`);
		mkdirSync(cache, { recursive: true });
		const fontconfigFile = path.join(root, `${name}.conf`);
		const conf = [
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
			'<fontconfig>',
			...set.dirs.map((dir) => `  <dir>${dir}</dir>`),
			`  <cachedir>${cache}</cachedir>`,
			'  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
			'</fontconfig>',
			'',
		].join('\n');
		// Written aside and renamed: another test run may be reading it.
		const temp = `${fontconfigFile}.${process.pid}.tmp`;
		writeFileSync(temp, conf);
		renameSync(temp, fontconfigFile);
		return { name, fontconfigFile, dirs: [...set.dirs] };
	});
	return made;
}
