/**
 * One frontmatter reading: the check reads values with the parser Astro's content collection uses
 * (js-yaml through @astrojs/internal-helpers' parseFrontmatter) and the same schema, so what the check
 * passes Astro accepts, and it is stricter where Astro would silently change a value.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { frontmatterNode, parseMarkdown } from '../../src/lib/article/parse.ts';
import { readFrontmatter } from '../../src/lib/article/frontmatter.ts';
import { articleSchema } from '../../src/lib/schema/article.ts';

const HEAD = 'description: "D"\ndate: 2023-06-05\n';

function check(yaml: string): string | null {
	const source = `---\n${yaml}---\n\nBody\n`;
	try {
		readFrontmatter(frontmatterNode(parseMarkdown(source, 'articles/a.md')), articleSchema, 'articles/a.md');
		return null;
	} catch (error) {
		return (error as Error).message;
	}
}

/** What Astro's content collection does with the same file: its parser, then the schema. */
function astro(yaml: string): boolean {
	try {
		return articleSchema.safeParse(parseFrontmatter(`---\n${yaml}---\n\nBody\n`).frontmatter).success;
	} catch {
		return false;
	}
}

describe('frontmatter: one reading for the check and Astro', () => {
	const cases = [
		`title: "T"\n${HEAD}`,
		`title: 2024-01-01\n${HEAD}`,
		`title: 12\n${HEAD}`,
		`title: yes\n${HEAD}`,
		`title: "T"\ndescription: "D"\ndate: "2023-06-05"\n`,
		`title: "T"\ndescription: "D"\ndate: 2023-06-05T10:00:00Z\n`,
		`title: "T"\ndescription: "D"\ndate: 0\n`,
		`title: "T"\ndescription: "D"\ndate: not a date\n`,
		`title: "T"\n${HEAD}tags: [a, 2024]\n`,
		`title: "T"\n${HEAD}draft: "yes"\n`,
		`title: "T"\n${HEAD}slug: other\n`,
		`title: ~\n${HEAD}`,
	];
	for (const yaml of cases) {
		it(`agrees on ${JSON.stringify(yaml.split('\n')[0])}${yaml.includes('date: 0') ? ' (date: 0)' : ''}`, () => {
			// Whatever the check passes, Astro accepts.
			if (check(yaml) === null) expect(astro(yaml)).toBe(true);
			else expect(check(yaml)).toMatch(/^articles\/a\.md:\d+:\d+: /);
		});
	}

	it('refuses a title that YAML reads as a date, naming the field where Astro said :0:0', () => {
		expect(check(`title: 2024-01-01\n${HEAD}`)).toBe('articles/a.md:2:1: frontmatter field "title": Invalid input: expected string, received Date; put the value in quotes');
	});

	it('refuses impossible days and numbers instead of rolling them over', () => {
		expect(check('title: "T"\ndescription: "D"\ndate: 2023-02-30\n')).toBe('articles/a.md:4:7: frontmatter: "2023-02-30" is not a day of the calendar');
		expect(check('title: "T"\ndescription: "D"\ndate: "2023-13-01"\n')).toBe('articles/a.md:4:7: frontmatter: "2023-13-01" is not a day of the calendar');
		expect(check('title: "T"\ndescription: "D"\ndate: 0\n')).toMatch(/^articles\/a\.md:4:1: frontmatter field "date": Invalid date/);
		expect(check('title: "T"\ndescription: "D"\ndate: 2024-02-29\n')).toBeNull();
	});

	it('refuses an alias bomb at its first alias instead of crashing', () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
		expect(check(`title: "T"\n${HEAD}${bomb}\n`)).toBe('articles/a.md:6:8: frontmatter YAML: aliases expand too far (more than 100); write the values out');
	});

	it('refuses a frontmatter slug, which would take over another article\u2019s page', () => {
		expect(check(`title: "T"\n${HEAD}slug: other\n`)).toBe('articles/a.md:5:1: frontmatter field "slug": a frontmatter "slug" is not supported: the file name is the slug; rename the file instead');
	});
});
