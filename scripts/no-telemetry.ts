/**
 * Preloaded by every npm script (`node --import ./scripts/no-telemetry.ts …`): turns Astro's anonymous
 * usage data off for the process and everything it starts, before Astro's CLI decides whether to print
 * its notice. An environment variable rather than `astro telemetry disable`, which would change a
 * setting in the user's home folder for every Astro project on the machine.
 */
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

/** The variable set here, for tests and scripts that start Astro themselves. */
export const TELEMETRY_ENV = 'ASTRO_TELEMETRY_DISABLED';
