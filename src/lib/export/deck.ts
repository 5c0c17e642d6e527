// A deck of slides as one 16:9 PDF, a page per slide; pdf-lib is fetched only when a deck is made, so it is not in the first view's bundle.

/** A 16:9 page in points: 13.33 × 7.5 in, the widescreen slide size of presentation programs. */
export const DECK_PAGE = { width: 960, height: 540 };

export interface DeckMeta {
	title: string;
	subject: string;
	/** Stored in the file, and the reader's language for its metadata. */
	lang: string;
	when: Date;
}

/** One PDF of the slides' PNGs, each filling its page, in order. */
export async function deckPdf(slides: Blob[], meta: DeckMeta): Promise<Blob> {
	const { PDFDocument } = await import('pdf-lib');
	const pdf = await PDFDocument.create();
	pdf.setTitle(meta.title);
	pdf.setSubject(meta.subject);
	pdf.setLanguage(meta.lang);
	pdf.setCreator('BOMCA activity atlas');
	pdf.setCreationDate(meta.when);
	for (const slide of slides) {
		const png = await pdf.embedPng(new Uint8Array(await slide.arrayBuffer()));
		const page = pdf.addPage([DECK_PAGE.width, DECK_PAGE.height]);
		page.drawImage(png, { x: 0, y: 0, width: DECK_PAGE.width, height: DECK_PAGE.height });
	}
	const bytes = await pdf.save();
	return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
