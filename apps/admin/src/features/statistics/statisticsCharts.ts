import type { Statistics } from '@stadtgespraech/api-client';
import type { Bundesland, OrganisationType } from '@stadtgespraech/domain/organisations';
import { languageTag, numberFormat, t } from '../../i18n';
import { bundeslandLabel, organisationTypeLabel } from '../../i18n/labels';
import { formatMoment } from '../../lib/moment';

/** How a series of figures is read: counts, or shares shown as per cent. */
export type FigureFormat = 'count' | 'percent';

/** One chart's data, also shown as a table: a label per row, a value per row and series. */
export interface ChartData {
  labels: string[];
  series: { label: string; values: (number | null)[]; format: FigureFormat }[];
}

/** "75 %", "12", or "–" where there is nothing to measure. */
export function formatFigure(value: number | null, format: FigureFormat): string {
  if (value === null) return '–';
  return numberFormat(
    format === 'percent'
      ? { style: 'percent', maximumFractionDigits: 0 }
      : { maximumFractionDigits: 1 },
  ).format(value);
}

const eventLabel = (event: { title: string; startsAt: string }) =>
  `${event.title} (${formatMoment(event.startsAt).split(',')[0]})`;

/** Coming events and how full they are; events without a limit show no share. */
export function fillChart(statistics: Statistics): ChartData {
  return {
    labels: statistics.upcoming.map(eventLabel),
    series: [
      {
        label: t('statistics.fillLevel'),
        values: statistics.upcoming.map((event) => event.fillLevel),
        format: 'percent',
      },
      {
        label: t('statistics.participants'),
        values: statistics.upcoming.map((event) => event.participants),
        format: 'count',
      },
      {
        label: t('statistics.waitlisted'),
        values: statistics.upcoming.map((event) => event.waitlisted),
        format: 'count',
      },
    ],
  };
}

/** Confirmation and attendance rates of the recent events, oldest first (read left to right). */
export function ratesChart(statistics: Statistics): ChartData {
  const events = [...statistics.recent].reverse();
  return {
    labels: events.map(eventLabel),
    series: [
      {
        label: t('statistics.confirmationRate'),
        values: events.map((event) => event.confirmationRate),
        format: 'percent',
      },
      {
        label: t('statistics.attendanceRate'),
        values: events.map((event) => event.attendanceRate),
        format: 'percent',
      },
    ],
  };
}

/** Participants by organisation type or Bundesland; "keine Angabe" for those who gave none. */
export function sharesChart(
  shares: Statistics['organisationTypes'],
  kind: 'organisationType' | 'bundesland',
): ChartData {
  const label = (key: string | null) => {
    if (key === null) return t('common.none');
    return kind === 'organisationType'
      ? organisationTypeLabel(key as OrganisationType)
      : bundeslandLabel(key as Bundesland);
  };
  return {
    labels: shares.map((share) => label(share.key)),
    series: [
      {
        label: t('statistics.participants'),
        values: shares.map((share) => share.count),
        format: 'count',
      },
    ],
  };
}

/** Series compared: participants per event and the attendance rate. */
export function seriesChart(statistics: Statistics): ChartData {
  return {
    labels: statistics.series.map((series) => series.title ?? t('statistics.noSeries')),
    series: [
      {
        label: t('statistics.events'),
        values: statistics.series.map((series) => series.events),
        format: 'count',
      },
      {
        label: t('statistics.participantsPerEvent'),
        values: statistics.series.map((series) => series.participantsPerEvent),
        format: 'count',
      },
      {
        label: t('statistics.attendanceRate'),
        values: statistics.series.map((series) => series.attendanceRate),
        format: 'percent',
      },
    ],
  };
}

/** The running total of registrations by day. */
export function timelineChart(
  days: { day: string; registrations: number; total: number }[],
): ChartData {
  const dayLabel = new Intl.DateTimeFormat(languageTag(), {
    day: '2-digit',
    month: '2-digit',
    timeZone: 'UTC',
  });
  return {
    labels: days.map((day) => dayLabel.format(new Date(`${day.day}T12:00:00Z`))),
    series: [
      {
        label: t('statistics.registrationsTotal'),
        values: days.map((day) => day.total),
        format: 'count',
      },
      {
        label: t('statistics.registrationsDay'),
        values: days.map((day) => day.registrations),
        format: 'count',
      },
    ],
  };
}
