import nodemailer from 'nodemailer';
import { type EmailTransport, type OutgoingEmail, PermanentEmailFailure } from '../services/email/ports';

export interface SmtpTransport extends EmailTransport {
  /** Connects and, when the URL has credentials, signs in: checked at start-up so a wrong setting is seen at once. */
  verify(): Promise<void>;
  close(): void;
}

/** SMTP's answer codes 5xx mean the server will not take this email however often it is sent. */
const isPermanent = (error: unknown): boolean => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/** Sends plain-text emails through the SMTP server at `url` (smtp:// with STARTTLS when offered, or smtps://). */
export function createSmtpTransport(settings: { url: string; from: string }): SmtpTransport {
  const transporter = nodemailer.createTransport(settings.url);
  return {
    send: async (email: OutgoingEmail) => {
      try {
        await transporter.sendMail({
          from: settings.from,
          to: email.toAddress,
          subject: email.subject,
          text: email.text,
        });
      } catch (error) {
        if (isPermanent(error)) throw new PermanentEmailFailure((error as Error).message);
        throw error;
      }
    },
    verify: async () => void (await transporter.verify()),
    close: () => transporter.close(),
  };
}
