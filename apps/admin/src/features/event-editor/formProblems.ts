import { t, type MessageKey } from '../../i18n';
import { instant, type EventForm } from './eventForm';

/** One problem to list above the form, linked to its field where there is one. */
export interface FormProblem {
  pointer: string;
  label: string;
  fieldId: string | null;
  text: string;
}

// Fields of the API's pointers (`request.<field>`) and their inputs in the editor.
const FIELDS: Record<string, { label: MessageKey; id: string }> = {
  title: { label: 'editor.field.title', id: 'event-title' },
  subtitle: { label: 'editor.field.subtitle', id: 'event-subtitle' },
  summary: { label: 'editor.field.summary', id: 'event-summary' },
  startsAt: { label: 'editor.field.startDate', id: 'event-start-date' },
  endsAt: { label: 'editor.field.endDate', id: 'event-end-date' },
  onlinePlatform: { label: 'editor.field.onlinePlatform', id: 'event-platform' },
  joinUrl: { label: 'editor.field.joinUrl', id: 'event-join-url' },
  venue: { label: 'editor.field.venueName', id: 'event-venue' },
  organisers: { label: 'editor.organisers', id: 'editor-organisers' },
  agenda: { label: 'editor.agenda', id: 'editor-agenda' },
  registration: { label: 'editor.registration', id: 'editor-registration' },
};

/** A problem at `pointer` (e.g. `request.agenda[2].title`), named by the field it belongs to. */
export function problemAt(pointer: string, text: string): FormProblem {
  const field = /^request\.(\w+)/.exec(pointer)?.[1];
  const known = field ? FIELDS[field] : undefined;
  return {
    pointer,
    label: known ? t(known.label) : '',
    fieldId: known?.id ?? null,
    text,
  };
}

/** What the editor can tell before asking the API: required texts and the order of times. */
export function formProblems(form: EventForm): FormProblem[] {
  const found: FormProblem[] = [];
  if (!form.title.trim()) found.push(problemAt('request.title', t('editor.check.required')));
  const start = instant(form.startDate, form.startTime);
  const end = instant(form.endDate, form.endTime);
  if (Number.isNaN(Date.parse(start)))
    found.push(problemAt('request.startsAt', t('editor.check.time')));
  else if (Number.isNaN(Date.parse(end)))
    found.push(problemAt('request.endsAt', t('editor.check.time')));
  else if (Date.parse(end) < Date.parse(start))
    found.push(problemAt('request.endsAt', t('editor.check.endBeforeStart')));
  form.agenda.forEach((row, index) => {
    if (!row.title.trim())
      found.push(
        problemAt(
          `request.agenda[${index}].title`,
          t('editor.check.agendaTitle', { number: index + 1 }),
        ),
      );
  });
  form.questions.forEach((row, index) => {
    if (!row.label.trim())
      found.push(
        problemAt(
          `request.registration.questions[${index}]`,
          t('editor.check.questionLabel', { number: index + 1 }),
        ),
      );
  });
  return found;
}
