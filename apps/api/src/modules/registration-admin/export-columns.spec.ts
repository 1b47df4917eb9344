import { describe, expect, it } from '@jest/globals';
import type { CustomQuestion } from '@stadtgespraech/domain';
import { ProblemException } from '../../common/problem.js';
import { exportColumns, type ExportRow } from './export-columns.js';

const QUESTIONS: CustomQuestion[] = [
  {
    key: 'themen',
    type: 'multiple_choice',
    label: 'Themen',
    helpText: null,
    required: false,
    options: ['Hitze', 'Mobilität'],
  },
  {
    key: 'foto',
    type: 'checkbox',
    label: 'Fotos erlaubt',
    helpText: null,
    required: false,
    options: [],
  },
];
const ROW = {
  status: 'confirmed',
  firstName: 'Ana',
  lastName: 'Berg',
  bundesland: 'DE-HE',
  answers: { themen: ['Hitze', 'Mobilität'], foto: false },
} as unknown as ExportRow;

describe('export columns', () => {
  it('has every field and every answer by default, with German headers', () => {
    const columns = exportColumns(QUESTIONS);
    expect(columns.map((c) => c.header)).toEqual(
      expect.arrayContaining(['Nachname', 'E-Mail', 'Bundesland', 'Themen', 'Fotos erlaubt']),
    );
    expect(columns).toHaveLength(17 + 2);
  });

  it('gives the chosen columns in the chosen order, answers as text', () => {
    const columns = exportColumns(QUESTIONS, 'lastName,bundesland,answer.themen,answer.foto');
    expect(columns.map((c) => c.header)).toEqual([
      'Nachname',
      'Bundesland',
      'Themen',
      'Fotos erlaubt',
    ]);
    expect(columns.map((c) => c.value(ROW))).toEqual([
      'Berg',
      'Hessen',
      'Hitze, Mobilität',
      'nein',
    ]);
  });

  it('refuses unknown fields and questions', () => {
    expect(() => exportColumns(QUESTIONS, 'lastName,password')).toThrow(ProblemException);
    expect(() => exportColumns(QUESTIONS, 'answer.essen')).toThrow(
      expect.objectContaining({ detail: 'The export has no column "answer.essen".' }),
    );
  });
});
