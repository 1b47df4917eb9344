import type { Locale } from '@stadtgespraech/domain';

/** One building block of a mail; both the plain-text and the HTML part are rendered from it. */
export type Block =
  | { kind: 'text'; text: string }
  /** The call to action: a button in HTML, the URL on its own line in text. */
  | { kind: 'action'; label: string; url: string }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'facts'; rows: { label: string; value: string; url?: string }[] }
  | { kind: 'list'; items: string[] }
  /** Text the sender wrote (contact messages), kept with its line breaks. */
  | { kind: 'quote'; text: string }
  | { kind: 'events'; items: { title: string; lines: string[]; url: string }[] };

export interface MailContent {
  locale: Locale;
  subject: string;
  greeting: string;
  blocks: Block[];
  closing: string[];
  footer: string[];
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Text staff wrote, as paragraphs: blank lines separate them, single line breaks stay within. */
export function writtenParagraphs(written: string | null | undefined): Block[] {
  return (written ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'text', text: paragraph }));
}

/** Only web and mail links become links; anything else is shown as text. */
const isLinkable = (url: string) => /^(https?:\/\/|mailto:)/i.test(url);

// Plain system fonts and inline styles only: no web fonts, no remote images, no tracking.
const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const COLOURS = { text: '#1d1d1b', muted: '#4a4a48', accent: '#0a4a8a', rule: '#d8d8d6' };

// ------------------------------------------------------------------ plain text

function textBlock(block: Block): string {
  switch (block.kind) {
    case 'text':
    case 'quote':
      return block.kind === 'quote'
        ? block.text
            .split('\n')
            .map((line) => `> ${line}`)
            .join('\n')
        : block.text;
    case 'action':
    case 'link':
      return `${block.label}:\n${block.url}`;
    case 'facts':
      return block.rows.map((row) => `${row.label}: ${row.value}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'events':
      return block.items
        .map((item) => [item.title, ...item.lines, item.url].join('\n'))
        .join('\n\n');
  }
}

/** The full plain-text part: greeting, blocks, closing, then the footer after a "-- " line. */
export function renderText(content: MailContent): string {
  return (
    [
      content.greeting,
      ...content.blocks.map(textBlock),
      content.closing.join('\n'),
      `-- \n${content.footer.join('\n')}`,
    ].join('\n\n') + '\n'
  );
}

// ------------------------------------------------------------------ HTML

const paragraph = (inner: string, style = '') => `<p style="margin:0 0 16px;${style}">${inner}</p>`;
const withBreaks = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');
const anchor = (url: string, label: string, style = '') =>
  isLinkable(url)
    ? `<a href="${escapeHtml(url)}" style="color:${COLOURS.accent};${style}">${escapeHtml(label)}</a>`
    : escapeHtml(label);

function htmlBlock(block: Block, locale: Locale): string {
  switch (block.kind) {
    case 'text':
      return paragraph(withBreaks(block.text));
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid ${COLOURS.rule};color:${COLOURS.muted};">${withBreaks(block.text)}</blockquote>`;
    case 'action': {
      if (!isLinkable(block.url))
        return paragraph(`${escapeHtml(block.label)}: ${escapeHtml(block.url)}`);
      const fallback =
        locale === 'en'
          ? 'If the button does not work, open'
          : 'Falls die Schaltfläche nicht funktioniert, öffnen Sie';
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 8px;"><tr>` +
        `<td style="background:${COLOURS.accent};border-radius:4px;">` +
        `<a href="${escapeHtml(block.url)}" style="display:inline-block;padding:12px 22px;${FONT}font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(block.label)}</a>` +
        `</td></tr></table>` +
        paragraph(
          `${escapeHtml(fallback)}: ${anchor(block.url, block.url, 'word-break:break-all;')}`,
          `font-size:13px;color:${COLOURS.muted};`,
        )
      );
    }
    case 'link':
      return paragraph(
        `${escapeHtml(block.label)}:<br>${anchor(block.url, block.url, 'word-break:break-all;')}`,
      );
    case 'facts':
      return (
        `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;border-collapse:collapse;">` +
        block.rows
          .map(
            (row) =>
              `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold;">${escapeHtml(row.label)}</th>` +
              `<td style="vertical-align:top;padding:4px 0;">${row.url ? anchor(row.url, row.value) : escapeHtml(row.value)}</td></tr>`,
          )
          .join('') +
        `</table>`
      );
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:24px;">${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'events':
      return block.items
        .map(
          (item) =>
            `<div style="margin:0 0 16px;padding:0 0 12px;border-bottom:1px solid ${COLOURS.rule};">` +
            `<p style="margin:0 0 4px;font-weight:bold;">${anchor(item.url, item.title)}</p>` +
            item.lines
              .map((line) => `<p style="margin:0;color:${COLOURS.muted};">${escapeHtml(line)}</p>`)
              .join('') +
            `</div>`,
        )
        .join('');
  }
}

/** The HTML part: one column, inline CSS, readable without images or styles. */
export function renderHtml(content: MailContent): string {
  const body = [
    paragraph(escapeHtml(content.greeting)),
    ...content.blocks.map((block) => htmlBlock(block, content.locale)),
    paragraph(content.closing.map(escapeHtml).join('<br>'), 'margin-top:24px;'),
  ].join('\n');
  const footer = content.footer.map(withBreaks).join('<br>');
  return `<!DOCTYPE html>
<html lang="${content.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f2f2f0;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f0;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px 12px;${FONT}font-size:16px;line-height:1.5;color:${COLOURS.text};">
${body}
</td></tr>
<tr><td style="padding:16px 32px 28px;border-top:1px solid ${COLOURS.rule};${FONT}font-size:13px;line-height:1.5;color:${COLOURS.muted};">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
