import { describe, expect, it } from 'vitest';
import { move, organiserLinks, organiserRows, rowKey } from './rows';

describe('rows of a form list', () => {
  it('get keys of their own', () => {
    expect(rowKey()).not.toBe(rowKey());
  });

  it('move up or down, never past the ends', () => {
    const list = ['a', 'b', 'c'];
    move(list, 2, -1);
    expect(list).toEqual(['a', 'c', 'b']);
    move(list, 0, -1);
    move(list, 2, 1);
    expect(list).toEqual(['a', 'c', 'b']);
  });

  it('turn organisers into rows and back, leaving out rows without an organisation', () => {
    const links = [
      { organisationId: 'a', role: 'host' as const },
      { organisationId: 'b', role: 'partner' as const },
    ];
    const rows = organiserRows(links);
    expect(rows.map((row) => row.key)).toEqual([expect.any(String), expect.any(String)]);
    rows.push({ key: rowKey(), organisationId: '', role: 'co_host' });
    expect(organiserLinks(rows)).toEqual(links);
  });
});
