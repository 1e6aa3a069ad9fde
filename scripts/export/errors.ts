/** Why an export failed, worded for the person who ran it; names the deck when it is about one. */
export class ExportError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = 'ExportError';
	}
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
