/**
 * LibreOffice Impress and poppler for the PowerPoint tests: found (or installed, as root with apt) like
 * Chromium (scripts/chromium.ts), never skipped. Each conversion runs headless with a profile of its own
 * (parallel runs would otherwise share and lock one) and a fontconfig of its own that adds the decks' faces.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeDeckFontFiles } from '../../src/lib/fonts/index.ts';

/** Debian's packages the PowerPoint tests need: Impress to open the files, poppler to read the PDFs it writes. */
export const LIBREOFFICE_INSTALL_COMMAND = 'apt-get update && apt-get install -y --no-install-recommends libreoffice-impress poppler-utils';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];
const POPPLER = ['pdftotext', 'pdffonts', 'pdftoppm', 'pdfinfo'];

function onPath(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function missing(): string[] {
	const soffice = SOFFICE.some((p) => existsSync(p)) ? [] : ['soffice'];
	return [...soffice, ...POPPLER.filter((c) => !onPath(c))];
}

/** The soffice binary, installing LibreOffice Impress and poppler first when missing and we are root with apt; else throws with the command. */
export function ensureLibreOffice(log: (line: string) => void = console.log): string {
	if (missing().length > 0) {
		const root = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
		if (!root) throw new Error(`Missing ${missing().join(', ')} for the PowerPoint tests. Install them as root:\n  ${LIBREOFFICE_INSTALL_COMMAND}`);
		log(`Installing LibreOffice Impress and poppler: ${LIBREOFFICE_INSTALL_COMMAND}`);
		execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${LIBREOFFICE_INSTALL_COMMAND}`], { stdio: 'inherit' });
		if (missing().length > 0) throw new Error(`Installed LibreOffice but still missing ${missing().join(', ')}`);
	}
	return SOFFICE.find((p) => existsSync(p)) as string;
}

/** A fontconfig file that adds the decks' faces (written as TTF into `dir`) to the system's fonts. */
export async function deckFontConfig(dir: string): Promise<string> {
	const fonts = path.join(dir, 'fonts');
	await writeDeckFontFiles(fonts);
	const file = path.join(dir, 'fonts.conf');
	writeFileSync(
		file,
		`<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fonts}</dir>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <cachedir>${path.join(dir, 'fc-cache')}</cachedir>\n</fontconfig>\n`,
	);
	return file;
}

/**
 * Converts PowerPoint files to PDF with LibreOffice Impress, headless, in one soffice run, into `outDir`;
 * returns the PDFs' paths. `fontConfig` is a fontconfig file (deckFontConfig).
 */
export function convertToPdf(files: readonly string[], outDir: string, fontConfig: string): string[] {
	const soffice = ensureLibreOffice();
	mkdirSync(outDir, { recursive: true });
	const profile = mkdtempSync(path.join(os.tmpdir(), 'talkbook-soffice-'));
	try {
		const result = spawnSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
			env: { ...process.env, FONTCONFIG_FILE: fontConfig, HOME: profile },
			encoding: 'utf8',
			timeout: 300_000,
		});
		const pdfs = files.map((f) => path.join(outDir, `${path.basename(f, path.extname(f))}.pdf`));
		const absent = pdfs.filter((p) => !existsSync(p));
		if (result.status !== 0 || absent.length > 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}${result.stdout}\nno ${absent.join(', ')}`);
		return pdfs;
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
}
