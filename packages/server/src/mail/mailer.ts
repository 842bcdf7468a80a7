import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };

/** Where delivery problems go (a request's logger). */
export type MailLog = { warn(details: object, message: string): void };

export type Mailer = {
  /** Whether an SMTP server is configured. */
  readonly enabled: boolean;
  /**
   * Sends in the background, after the change was committed: a failure is logged as a
   * warning and changes nothing (the in-app notification is the record).
   */
  send(messages: readonly MailMessage[], log: MailLog): void;
  /** Resolves when every message handed to `send` was delivered or given up on. */
  idle(): Promise<void>;
  close(): void;
};

/** A mailer over `smtp://user:pass@host:port` (or `smtps://…`); without a URL it sends nothing. */
export function createMailer(smtpUrl: string | undefined, mailFrom: string | undefined): Mailer {
  if (!smtpUrl) {
    return { enabled: false, send() {}, idle: async () => {}, close() {} };
  }
  const from = mailFrom ?? `leidraad@${hostOf(smtpUrl)}`;
  const transport = nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as object);
  const pending = new Set<Promise<void>>();

  async function deliver(message: MailMessage, log: MailLog): Promise<void> {
    try {
      await transport.sendMail({ from, ...message });
    } catch (e) {
      // The address of the server and the credentials stay out of the log.
      log.warn(
        { mail: { subject: message.subject }, error: describeMailError(e) },
        'notification e-mail not sent',
      );
    }
  }

  return {
    enabled: true,
    send(messages, log) {
      for (const message of messages) {
        if (!message.to) continue;
        const p = deliver(message, log).finally(() => pending.delete(p));
        pending.add(p);
      }
    },
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close() {
      transport.close();
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || 'localhost';
  } catch {
    return 'localhost';
  }
}

/** The error's code and message, with anything that looks like a URL's credentials removed. */
export function describeMailError(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  const message = typeof err?.message === 'string' ? err.message : String(e);
  const code = typeof err?.code === 'string' ? `${err.code}: ` : '';
  return `${code}${message}`.replace(/\/\/[^/@\s]*@/g, '//***@');
}
