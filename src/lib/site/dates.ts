const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2023-06-05`: the machine-readable form for `<time datetime>` and sorting, always UTC. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** `5 June 2023`: dates are calendar days, so UTC keeps them from shifting with the builder's time zone. */
export function formatDate(date: Date): string {
	return LONG.format(date);
}
