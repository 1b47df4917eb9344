import {
  BUNDESLAND_NAMES,
  REGISTRATION_EXPORT_FIELDS,
  type CustomQuestion,
  type RegistrationExportField,
} from '@stadtgespraech/domain';
import { ProblemException } from '../../common/problem.js';

/** A registration as the export reads it from the database. */
export interface ExportRow {
  status: string;
  salutation: string | null;
  academicTitle: string | null;
  firstName: string;
  lastName: string;
  email: string;
  organisation: string | null;
  organisationType: string | null;
  function: string | null;
  bundesland: string | null;
  questionForSpeakers: string | null;
  locale: string;
  source: string;
  createdAt: Date;
  queuedAt: Date | null;
  attendedAt: Date | null;
  cancelledAt: Date | null;
  answers: Record<string, unknown>;
}

/** One column of the export: its German header and how to read the cell. */
export interface ExportColumn {
  header: string;
  value(row: ExportRow): string | Date | null;
}

const HEADERS: Record<RegistrationExportField, string> = {
  status: 'Status',
  salutation: 'Anrede',
  academicTitle: 'Titel',
  firstName: 'Vorname',
  lastName: 'Nachname',
  email: 'E-Mail',
  organisation: 'Organisation',
  organisationType: 'Art der Organisation',
  function: 'Funktion',
  bundesland: 'Bundesland',
  questionForSpeakers: 'Frage an die Referierenden',
  locale: 'Sprache',
  source: 'Quelle',
  createdAt: 'Angemeldet am',
  queuedAt: 'Adresse bestätigt am',
  attendedAt: 'Anwesend seit',
  cancelledAt: 'Storniert am',
};

function fieldValue(field: RegistrationExportField, row: ExportRow): string | Date | null {
  if (field === 'bundesland' && row.bundesland)
    return BUNDESLAND_NAMES[row.bundesland as keyof typeof BUNDESLAND_NAMES] ?? row.bundesland;
  return row[field];
}

/** An answer as text: choices joined with commas, checkboxes as ja/nein. */
export function answerText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * The columns asked for (`lastName,email,answer.workshop`), or every field and every answer of
 * the event's questions. Unknown names are refused, so a typo never yields an empty column.
 */
export function exportColumns(
  questions: readonly CustomQuestion[],
  requested?: string,
): ExportColumn[] {
  const names = requested
    ? requested.split(',')
    : [...REGISTRATION_EXPORT_FIELDS, ...questions.map((q) => `answer.${q.key}`)];
  return names.map((name) => {
    if (name.startsWith('answer.')) {
      const key = name.slice('answer.'.length);
      const question = questions.find((q) => q.key === key);
      if (!question) throw unknownColumn(name);
      return { header: question.label, value: (row) => answerText(row.answers[key]) };
    }
    if (!(REGISTRATION_EXPORT_FIELDS as readonly string[]).includes(name))
      throw unknownColumn(name);
    const field = name as RegistrationExportField;
    return { header: HEADERS[field], value: (row) => fieldValue(field, row) };
  });
}

function unknownColumn(name: string): ProblemException {
  return new ProblemException('REQUEST.VALIDATION_FAILED', `The export has no column "${name}".`, [
    { pointer: 'request.columns', messages: [`unknown column ${name}`] },
  ]);
}
