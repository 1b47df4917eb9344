import { inject } from 'vitest';

/** A mail as the platform's mail catcher lists it (`GET /messages.json`). */
export interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/** Waits until the mail catcher holds `count` mails to an address (20 s at most). */
export async function mailsTo(address: string, count: number): Promise<CaughtMail[]> {
  const { mail } = inject('urls');
  const deadline = Date.now() + 20_000;
  for (;;) {
    const all: CaughtMail[] = await (await fetch(`${mail}/messages.json`)).json();
    const mine = all.filter((m) => m.to.some((to) => to.includes(address)));
    if (mine.length >= count) return mine;
    if (Date.now() > deadline) {
      throw new Error(`expected ${count} mails to ${address}, got ${mine.length}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The first link in a mail's text that contains `fragment`. */
export function linkIn(mail: CaughtMail, fragment: string): string {
  const found = mail.text.match(/https?:\/\/\S+/g)?.find((u) => u.includes(fragment));
  if (!found) throw new Error(`no link with ${fragment} in "${mail.subject}"`);
  return found;
}
