import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** The first message to `to` matching `match` (among those received after the first `after`), waiting for it to arrive. */
  waitFor(to: string, match?: (mail: ParsedMail) => boolean, options?: { timeoutMs?: number; after?: number }): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A real SMTP server on localhost that keeps every message: the journeys read their codes and links from it. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => (messages.push(mail), callback()), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  const recipients = (m: ParsedMail) => [m.to].flat().flatMap((a) => a?.value ?? []).map((v) => v.address?.toLowerCase());
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor: async (to, match = () => true, { timeoutMs = 15_000, after = 0 } = {}) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = messages.slice(after).find((m) => recipients(m).includes(to.toLowerCase()) && match(m));
        if (found) return found;
        if (Date.now() > until) throw new Error(`no mail to ${to} within ${timeoutMs} ms (${messages.length} received)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
