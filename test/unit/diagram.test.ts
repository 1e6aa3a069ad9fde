import { describe, expect, it } from 'vitest';
import { diagramSvg } from '../../src/lib/diagram/markup.ts';
import { pageDiagramHtml } from '../../src/lib/diagram/page.ts';
import { readDiagram } from '../../src/lib/diagram/read.ts';
import { drawDiagram } from '../../src/lib/diagram/render.ts';
import { layerSequenceBlocks } from '../../src/lib/diagram/sequence-blocks.ts';
import { DIAGRAM_FLOOR_PX, diagramSlideLayout } from '../../src/lib/diagram/slide-layout.ts';

/** The error readDiagram throws for a source, as `line:column message`. */
function refusal(source: string): string {
	try {
		readDiagram(source);
	} catch (error) {
		const e = error as { line: number; column: number; message: string };
		return `${e.line}:${e.column} ${e.message}`;
	}
	return 'no error';
}

describe('reading a diagram', () => {
	it('reads each of the five types and says what it shows in words', () => {
		expect(readDiagram('graph LR\n  accTitle: Routing\n  A[Client] -->|GET| B{Cached?}\n  B -- no --> C[(DB)]\n  B <--> D').description).toBe(
			'Flowchart, left to right. Client leads to Cached?: GET. Cached? leads to DB: no. Cached? and D lead to each other.',
		);
		expect(readDiagram('graph LR\n  accTitle: Routing\n  A --> B').accTitle).toBe('Routing');
		expect(readDiagram('sequenceDiagram\n  participant C as Client\n  C->>S: GET\n  S-->>C: 200\n  Note right of S: cached').description).toBe(
			'Sequence diagram. Client to S: GET. S replies to Client: 200. Note right of S: cached.',
		);
		expect(readDiagram('stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy : borrow\n  Busy --> [*]').description).toBe('State diagram. From the start to Idle. From Idle to Busy on borrow. From Busy to the end.');
		expect(readDiagram('classDiagram\n  Animal <|-- Duck\n  Duck : +swim()').description).toBe('Class diagram. Class Animal. Class Duck: +swim(). Animal is the parent of Duck.');
		expect(readDiagram('erDiagram\n  CUSTOMER ||--o{ ORDER : places').description).toBe('Entity-relationship diagram. CUSTOMER places ORDER (exactly one to zero or more).');
	});

	it('refuses what the renderer would silently leave out, at its line and column', () => {
		expect(refusal('graph TD\n  A --> B\n  B -->')).toBe('3:8 the edge "-->" has no node after it');
		expect(refusal('graph TD\n  A[x --> B')).toBe('2:4 cannot read the rest of the line "[x --> B" (beautiful-mermaid would leave it out of the diagram)');
		expect(refusal('graph TD\n  click A callback')).toMatch(/^2:9 cannot read the rest of the line "A callback"/);
		expect(refusal('sequenceDiagram\n  activate A')).toMatch(/^2:3 cannot read the statement "activate A"/);
		expect(refusal('stateDiagram-v2\n  state fork <<fork>>')).toMatch(/^2:3 cannot read the statement/);
		expect(refusal('classDiagram\n  note "x"')).toMatch(/^2:3 cannot read the statement/);
		expect(refusal('erDiagram\n  A ||--xx B : has')).toMatch(/^2:3 cannot read the statement/);
		expect(refusal('erDiagram\n  A {\n    id\n  }')).toMatch(/^3:5 cannot read the attribute/);
		expect(refusal('flowchart TD\n  subgraph API\n  A --> B')).toBe('2:3 subgraph "API" is never closed: add a line "end"');
		expect(refusal('sequenceDiagram\n  loop every minute\n  A->>B: ping')).toBe('2:3 "loop" block is never closed: add a line "end"');
		expect(refusal('graph TD\n  A --> B\n  end')).toBe('3:3 "end" closes no subgraph');
	});

	it('refuses another diagram type with the renderer\'s own message, and an empty diagram', () => {
		expect(refusal('pie title Time\n  "a" : 1')).toMatch(/^1:1 unsupported diagram type "pie": .*\(beautiful-mermaid: Invalid mermaid header: "pie title Time"/);
		expect(refusal('xychart-beta\n  bar [1, 2]')).toMatch(/^1:1 unsupported diagram type "xychart-beta": .*write a table: its numbers become a chart slide/);
		expect(refusal('grph TD\n  A --> B')).toMatch(/^1:1 unknown diagram type "grph TD"/);
		expect(refusal('%% only a comment\n')).toMatch(/^1:1 empty diagram/);
	});
});

describe('drawing a diagram', () => {
	const drawn = drawDiagram(readDiagram('graph TD\n  A["<script>alert(1)</script>"] --> B').render, { padding: 8 });

	it('fetches nothing: no @import, no font of another host, no URL but its own markers', () => {
		expect(drawn.inner).not.toMatch(/@import|googleapis|https?:|<style|href=|src=/);
		expect([...drawn.inner.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1])).toEqual(['#arrowhead']);
	});

	it('escapes the author\'s labels', () => {
		expect(drawn.inner).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(drawn.inner).not.toContain('<script');
	});

	it('prefixes its ids, so two diagrams share a page, and is named and described for screen readers', () => {
		const svg = diagramSvg(drawn, { id: 'diagram-2', title: 'Flow <x>', description: 'A leads to B.', width: 100, height: 80 });
		expect(svg).toMatch(/^<svg class="diagram" [^>]*role="img" aria-labelledby="diagram-2-title diagram-2-desc">/);
		expect(svg).toContain('<title id="diagram-2-title">Flow &lt;x&gt;</title><desc id="diagram-2-desc">A leads to B.</desc>');
		expect(svg).toContain('id="diagram-2-arrowhead"');
		expect(svg).toContain('url(#diagram-2-arrowhead)');
		expect(svg).not.toMatch(/id="arrowhead"/);
	});

	it('draws a page diagram in a focusable region that scrolls sideways', () => {
		const html = pageDiagramHtml('graph LR\n  A --> B', 3, 'Routing');
		expect(html).toMatch(/^<section class="diagram-scroll" tabindex="0" aria-label="Diagram 3: Flowchart: Routing \(scrolls sideways\)"><svg class="diagram"/);
	});
});

describe("a sequence diagram's blocks", () => {
	const drawn = drawDiagram(['sequenceDiagram', '  participant C as Client', '  participant A as API', '  alt a rather long condition label', '    C->>A: one', '  else otherwise', '    A-->>C: two', '  end'].join('\n'), { padding: 20 }).inner;

	it('lie over the lifelines, their label box as wide as the bold label, a divider label haloed', () => {
		expect(drawn.indexOf('class="lifeline"')).toBeLessThan(drawn.indexOf('<g class="block">'));
		expect(drawn.lastIndexOf('class="lifeline"')).toBeLessThan(drawn.indexOf('<g class="block">'));
		const header = /<rect\b[^>]*width="([\d.]+)"[^>]*fill="var\(--_group-hdr\)"/.exec(drawn);
		expect(Number(header?.[1])).toBeGreaterThanOrEqual('alt [a rather long condition label]'.length * 11 * 0.6);
		expect(drawn).toMatch(/<text\b[^>]*text-anchor="start"[^>]*paint-order="stroke" stroke="var\(--_group-fill\)"[^>]*>\[otherwise\]<\/text>/);
	});

	it('leave a drawing without blocks as it is, and never narrow a box', () => {
		const plain = '<line class="lifeline" x1="1"/><g class="message"><text>x</text></g>';
		expect(layerSequenceBlocks(plain)).toBe(plain);
		const wide = '<g class="block"><rect x="0" width="500" fill="var(--_group-hdr)"/><text font-size="11" font-weight="600">alt [x]</text></g>';
		expect(layerSequenceBlocks(wide)).toBe(wide);
	});
});

describe('a diagram on a slide', () => {
	/** The smallest text of each page of a layout, in frame pixels. */
	const smallest = (layout: ReturnType<typeof diagramSlideLayout>): number[] => (layout?.pages ?? []).map((page) => (page.drawn.fontMin * page.width) / page.drawn.width);

	it('is scaled so its smallest text is at least 24 px, inside the content box', () => {
		const layout = diagramSlideLayout(readDiagram('stateDiagram-v2\n  [*] --> Idle\n  Idle --> Busy : borrow\n  Busy --> [*]'), 1136);
		expect(layout?.pages).toHaveLength(1);
		for (const px of smallest(layout)) expect(px).toBeGreaterThanOrEqual(DIAGRAM_FLOOR_PX);
		for (const page of layout?.pages ?? []) {
			expect(page.width).toBeLessThanOrEqual(1136);
			expect(page.height).toBeLessThanOrEqual(500);
		}
	});

	it('turns a flowchart too tall for the wide frame, and says so', () => {
		const layout = diagramSlideLayout(readDiagram('graph TD\n  A[Request] --> B{Cached?}\n  B -->|hit| C[Cache]\n  B -->|miss| D[Handler]'), 1136);
		expect(layout?.reflowed).toBe('LR');
		expect(layout?.pages[0]?.source).toMatch(/^graph LR/);
	});

	it('splits a long sequence diagram between its messages, every part with all participants, a cut block reopened', () => {
		const source = ['sequenceDiagram', '  participant C as Client', '  participant A as API', '  alt cached', ...Array.from({ length: 8 }, (_, i) => `    ${i % 2 ? 'A-->>C' : 'C->>A'}: message ${i + 1}`), '  end'].join('\n');
		const layout = diagramSlideLayout(readDiagram(source), 1136);
		expect(layout?.pages.length).toBeGreaterThan(1);
		for (const px of smallest(layout)) expect(px).toBeGreaterThanOrEqual(DIAGRAM_FLOOR_PX);
		for (const page of layout?.pages ?? []) {
			expect(page.source).toContain('participant C as Client');
			expect(page.source.match(/^\s*(alt\b.*)$/gm)?.length).toBe(1);
			expect(page.source.trimEnd().endsWith('end')).toBe(true);
		}
		expect(layout?.pages[1]?.source).toContain('alt cached (continued)');
		const messages = (layout?.pages ?? []).flatMap((page) => page.source.match(/message \d+/g) ?? []);
		expect(messages).toEqual(Array.from({ length: 8 }, (_, i) => `message ${i + 1}`));
	});

	it('gives no slide to a diagram that cannot fit at the floor', () => {
		const wide = `erDiagram\n${Array.from({ length: 6 }, (_, i) => `  TABLE_${i} ||--o{ TABLE_${i + 1} : references`).join('\n')}`;
		expect(diagramSlideLayout(readDiagram(wide), 1136)).toBeNull();
	});
});
