import { EventEmitter } from 'node:events';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// ---------------------------------------------------------------------------------------------
// A real SMTP server (the `smtp-server` package) that keeps every message it accepts, parsed
// ---------------------------------------------------------------------------------------------

export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  from: string;
  /** The raw message, headers included. */
  raw: string;
  parsed: ParsedMail;
}

export class SmtpSink extends EventEmitter {
  readonly received: ReceivedMail[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {
    super();
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  static async start([first, last]: [number, number] = [41850, 41899]): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              const mail: ReceivedMail = {
                to: session.envelope.rcptTo.map((address) => address.address),
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                raw: raw.toString('utf8'),
                parsed,
              };
              sink!.received.push(mail);
              sink!.emit('mail', mail);
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    for (let port = first; port <= last; port++) {
      const listening = await new Promise<boolean>((resolve) => {
        const onError = (): void => resolve(false);
        server.once('error', onError);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', onError);
          resolve(true);
        });
      });
      if (listening) {
        sink = new SmtpSink(server, port);
        return sink;
      }
    }
    throw new Error(`no free port from ${first} to ${last}`);
  }

  /** The messages to this address so far. */
  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  /**
   * Resolves with the first message (already here or to come) that matches. No deadline of its own:
   * the test's timeout bounds the wait, so a slow machine delays the mail without failing the test.
   */
  waitFor(matches: (mail: ReceivedMail) => boolean): Promise<ReceivedMail> {
    const already = this.received.find(matches);
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => {
      const listener = (mail: ReceivedMail): void => {
        if (!matches(mail)) return;
        this.off('mail', listener);
        resolve(mail);
      };
      this.on('mail', listener);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
