import type { PdfDocument } from './pdf-document.js';

export interface PdfColumn {
  header: string;
  /** Share of the free width, or a fixed width in points. */
  width: number;
  fixed?: boolean;
}

const PADDING = 4;
const FONT_SIZE = 9;

/**
 * A ruled table that breaks across pages and repeats its header on each. Rows are written as
 * they come, so a long list is never held twice.
 */
export class PdfTable {
  private readonly widths: number[];
  private readonly left: number;

  constructor(
    private readonly doc: PdfDocument,
    private readonly columns: readonly PdfColumn[],
    /** Least height of a row, e.g. room for a signature. */
    private readonly minRowHeight = 0,
  ) {
    this.left = doc.page.margins.left;
    const width = doc.page.width - this.left - doc.page.margins.right;
    const fixed = columns.filter((c) => c.fixed).reduce((sum, c) => sum + c.width, 0);
    const shares = columns.filter((c) => !c.fixed).reduce((sum, c) => sum + c.width, 0);
    this.widths = columns.map((c) => (c.fixed ? c.width : ((width - fixed) * c.width) / shares));
    this.header();
  }

  row(cells: readonly string[]): void {
    const height = Math.max(this.minRowHeight, this.heightOf(cells, 'regular'));
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) {
      this.doc.addPage();
      this.doc.y = this.doc.page.margins.top;
      this.header();
    }
    this.draw(cells, height, 'regular');
  }

  private header(): void {
    const cells = this.columns.map((c) => c.header);
    this.draw(cells, this.heightOf(cells, 'bold'), 'bold', '#eeeeee');
  }

  private heightOf(cells: readonly string[], font: 'regular' | 'bold'): number {
    this.doc.font(font).fontSize(FONT_SIZE);
    const heights = cells.map((text, i) =>
      this.doc.heightOfString(text || ' ', { width: this.widths[i]! - 2 * PADDING }),
    );
    return Math.max(...heights) + 2 * PADDING;
  }

  private draw(cells: readonly string[], height: number, font: 'regular' | 'bold', fill?: string) {
    const top = this.doc.y;
    let x = this.left;
    cells.forEach((text, i) => {
      const width = this.widths[i]!;
      if (fill) this.doc.rect(x, top, width, height).fill(fill);
      this.doc.lineWidth(0.5).strokeColor('#888888').rect(x, top, width, height).stroke();
      this.doc
        .fillColor('#000000')
        .font(font)
        .fontSize(FONT_SIZE)
        .text(text, x + PADDING, top + PADDING, { width: width - 2 * PADDING });
      x += width;
    });
    this.doc.x = this.left;
    this.doc.y = top + height;
  }
}
