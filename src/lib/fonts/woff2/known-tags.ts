/**
 * WOFF2's known table tags (W3C WOFF2, section 4.1): a table directory entry names one of these by its
 * index in the flags byte's low six bits, and must (the spec says MUST) when its tag is listed; 63 means
 * the four-byte tag follows.
 */
export const KNOWN_TAGS: readonly string[] = [
	'cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post',
	'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
	'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea',
	'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH',
	'CBDT', 'CBLC', 'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar',
	'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar',
	'gvar', 'hsty', 'just', 'lcar', 'mort', 'morx', 'opbd', 'prop',
	'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill',
];

/** The index that stands for an arbitrary tag written out after the flags byte. */
export const ARBITRARY_TAG = 63;

const INDEX = new Map(KNOWN_TAGS.map((tag, i) => [tag, i]));

/** The known-tag index of `tag`, or ARBITRARY_TAG. */
export function knownTagIndex(tag: string): number {
	return INDEX.get(tag) ?? ARBITRARY_TAG;
}
