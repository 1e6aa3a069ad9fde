import type { ArticleExtraction, SourceRef } from '../extract/types.ts';
import type { SlideSource } from './model.ts';
import { articleHref } from '../site/paths.ts';

/** Link from a generated slide back to its section of the article (or the article itself before the first heading). */
export function slideSource(extraction: ArticleExtraction, ref: SourceRef | null): SlideSource {
	return {
		article: extraction.slug,
		href: articleHref(extraction.slug, ref?.sectionId),
		label: ref?.sectionTitle ?? extraction.frontmatter.title,
	};
}
