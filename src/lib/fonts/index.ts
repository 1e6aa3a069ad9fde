/**
 * The decks' own fonts (issue 18): Noto Sans and Noto Sans Mono from fontsource, with sibling Noto
 * families as fallbacks, subset per deck with HarfBuzz. For other outputs of a deck:
 * - DECK_SANS_FAMILY, DECK_MONO_FAMILY: the family names to name in a document;
 * - writeDeckFontFiles(dir, { text }): those fonts as .ttf files to install (e.g. for LibreOffice);
 * - faceSlice(family, weight): one slice of a face as sfnt, to measure text with (the PPTX layout);
 * - deckFonts(slidesHtml): a deck page's inlined font CSS;
 * - coverageWarnings(deck, sources): the content check's warning about characters no bundled font has.
 */
export { DECK_MONO_FAMILY, DECK_SANS_FAMILY, FALLBACK_FAMILIES, MAIN_FAMILIES, BUNDLED_FAMILIES } from './families.ts';
export { faceSlice, writeDeckFontFiles, type InstalledFont, type InstallOptions } from './install.ts';
export { deckFonts, type DeckFonts, type DeckFaceReport } from './deck-fonts.ts';
export { coverageWarnings, isCovered, uncoveredCharacters } from './coverage.ts';
