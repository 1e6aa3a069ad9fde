import { z } from 'astro/zod';

/** `2023-06-05`, optionally with a time: the forms a date is written in, as text (quoted in YAML). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether year-month-day is a day of the calendar (`2023-02-30` is not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A publication date: a YAML date (\`2023-06-05\`, which the YAML parser already made a Date) or the same
 * written as a quoted string. Numbers (\`date: 0\` would be 1970) and days that do not exist are refused
 * rather than coerced.
 */
export const dateSchema = z.union([
	z.date().refine((date) => !Number.isNaN(date.getTime()), 'Invalid date'),
	z
		.string()
		.refine((text) => {
			const match = ISO_DATE.exec(text);
			return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])) && !Number.isNaN(Date.parse(text));
		}, 'Invalid date: write it as YYYY-MM-DD, a day of the calendar')
		.transform((text) => new Date(text)),
], { error: 'Invalid date: write it as YYYY-MM-DD' });
