import { extractText, getDocumentProxy } from 'unpdf';

/** The pages of a PDF as text, and its metadata, read as a PDF viewer reads them. */
export async function readPdf(payload: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(payload));
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = (await pdf.getMetadata()) as unknown as {
    info: { Title: string; Language: string };
  };
  return { pages: text.map((page) => page.replace(/\s+/g, ' ')), info };
}
