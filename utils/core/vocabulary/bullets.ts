// The glyphs Ofsted's documents start a list item with. PDFs made from Word keep symbol-font
// bullets as private-use characters (U+F06E, U+F0A7, U+F0B7, U+F02D: real-pdf/inspection/80539_portsmouth_cs-inspection_2018-10-15.pdf),
// later templates use ◼ (real-pdf/inspection/80539_portsmouth_cs-inspection_2023-07-03.pdf).
export const BULLET_GLYPHS = '-•–*▪●■◼\uf06e\uf0a7\uf0b7\uf02d';

/** A list item's text after its bullet, or null. */
export const BULLET_ITEM = new RegExp(`^[${BULLET_GLYPHS}]\\s+(\\S[\\s\\S]*)$`);
