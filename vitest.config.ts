import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './test/support/summary-reporter.ts'],
		projects: [
			{
				test: {
					name: 'unit',
					include: ['test/unit/**/*.test.ts'],
				},
			},
			{
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/global-setup.ts'],
					// One Chromium at a time: two cores, and pages under test must not starve each other.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
