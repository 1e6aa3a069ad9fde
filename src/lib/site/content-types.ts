/**
 * Content types of the files a built site holds (pages, styles, scripts, images, fonts, search index,
 * exports), so every browser takes each file as what it is; the presenting server also sends `nosniff`, so
 * a file is never run as something else. Anything unlisted is `application/octet-stream`: downloaded, never run.
 */
const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.otf': 'font/otf',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	'.mp4': 'video/mp4',
	'.webm': 'video/webm',
	'.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** The content type of a file by its name. */
export function contentTypeOf(file: string): string {
	const dot = file.lastIndexOf('.');
	const ext = dot < 0 ? '' : file.slice(dot).toLowerCase();
	return TYPES[ext] ?? 'application/octet-stream';
}
