import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

// Fira Sans (OFL) covers Latin Extended, Greek and Cyrillic, so every name prints as written;
// the PDF core fonts know only Windows-1252. pdfkit embeds just the glyphs used.
const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/fira-sans/400Regular/FiraSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/fira-sans/700Bold/FiraSans_700Bold.ttf'),
} as const;

export type PdfFont = keyof typeof FONT_FILES;
export type PdfDocument = PDFKit.PDFDocument;

export interface PdfOptions {
  title: string;
  subject?: string;
  lang: 'de-DE' | 'en-GB';
  landscape?: boolean;
  /** Printed small at the foot of every page, with the page number. */
  footer: string;
}

const MARGIN = 56; // 2 cm
const FOOTER_SIZE = 8;

/**
 * An A4 document with the platform's fonts, title and language in its metadata (screen readers
 * announce the title, not the file name), and a footer with the page number on every page.
 * The document is a readable stream: pipe it out, then call `end()` after the last line.
 */
export function createPdf(options: PdfOptions): PdfDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin: MARGIN,
    pdfVersion: '1.7',
    lang: options.lang,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: 'Stadtgespräch',
      ...(options.subject ? { Subject: options.subject } : {}),
    },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name, file);
  const pageWord = options.lang === 'de-DE' ? 'Seite' : 'Page';
  let page = 0;
  const writeFooter = () => {
    page += 1;
    const { x, y } = doc;
    const bottom = doc.page.margins.bottom;
    // Below the bottom margin pdfkit would start a new page; lift the margin while writing.
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(FOOTER_SIZE)
      .fillColor('#555555')
      .text(`${options.footer} · ${pageWord} ${page}`, MARGIN, doc.page.height - MARGIN / 2 - 4, {
        width: doc.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
    doc.fillColor('#000000').font('regular').fontSize(10);
    doc.x = x;
    doc.y = y;
  };
  doc.on('pageAdded', writeFooter);
  writeFooter();
  return doc;
}

/** The width between the side margins. */
export function contentWidth(doc: PdfDocument): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/**
 * Runs `write` on the document and ends it; an error half-way (a lost database connection)
 * aborts the stream, so the client sees a broken download instead of a short file.
 */
export function writePdf(
  doc: PdfDocument,
  write: (doc: PdfDocument) => Promise<void>,
): PdfDocument {
  write(doc)
    .then(() => doc.end())
    .catch((error: unknown) => doc.destroy(error as Error));
  return doc;
}
