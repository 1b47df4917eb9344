import { describe, expect, it } from 'vitest';
import { fileMeta, paragraphs, textBlocks } from './text';

describe('paragraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphs('Erster Absatz\nweiter.\n\n  \nZweiter Absatz.')).toEqual([
      'Erster Absatz weiter.',
      'Zweiter Absatz.',
    ]);
  });

  it('returns nothing for a missing text', () => {
    expect(paragraphs(null)).toEqual([]);
  });
});

describe('textBlocks', () => {
  it('turns "## " lines into headings and the rest into paragraphs', () => {
    const blocks = textBlocks('## Auftakt zweite Runde\n\nDie Initiative wird fortgesetzt.');

    expect(blocks).toEqual([
      { type: 'heading', text: 'Auftakt zweite Runde' },
      { type: 'paragraph', text: 'Die Initiative wird fortgesetzt.' },
    ]);
  });

  it('finds a heading directly above its paragraph', () => {
    expect(textBlocks('## Ergebnis\nViel gelernt.').map((b) => b.type)).toEqual([
      'heading',
      'paragraph',
    ]);
  });

  it('turns "> " lines into one quote', () => {
    const blocks = textBlocks('> Manchmal muss man\n> einfach machen.');

    expect(blocks).toEqual([{ type: 'quote', text: 'Manchmal muss man einfach machen.' }]);
  });

  it('turns "- " lines into a list', () => {
    expect(textBlocks('- eins\n- zwei')).toEqual([{ type: 'list', items: ['eins', 'zwei'] }]);
  });

  it('keeps markup as text', () => {
    expect(textBlocks('<script>alert(1)</script>')).toEqual([
      { type: 'paragraph', text: '<script>alert(1)</script>' },
    ]);
  });
});

describe('fileMeta', () => {
  it('names the kind and size of a PDF', () => {
    expect(fileMeta('application/pdf', 1_234_567)).toBe('PDF, 1,2 MB');
  });

  it('leaves out an unknown size', () => {
    expect(fileMeta('application/pdf', null)).toBe('PDF');
  });

  it('rounds small files to kilobytes', () => {
    expect(fileMeta('image/png', 83_400)).toBe('PNG, 83 KB');
  });

  it('writes English numbers and names in English', () => {
    expect(fileMeta('application/pdf', 1_234_567, 'en')).toBe('PDF, 1.2 MB');
    expect(fileMeta('', null, 'en')).toBe('File');
  });
});
