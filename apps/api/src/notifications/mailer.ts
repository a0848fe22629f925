import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { isHeaderSafe } from '@preuve/domain';
import { NotificationRepository, type ClaimedEmail } from '@preuve/persistence';
import { NotificationSettings } from './notification-settings.js';
import { renderNotification, type NotificationData } from './templates.js';

const POLL_MS = 1_000;
const BATCH = 10;
/** An attempt not recorded within this time (a crash) is made again. */
const LEASE_MS = 120_000;
const MAX_ATTEMPTS = 8;
const MAX_RETRY_MS = 3_600_000;
const RETRY_BASE_MS = 5_000;

/**
 * Sends the e-mails of the notification outbox through SMTP (`SMTP_URL`, nodemailer). Every
 * instance polls the outbox every second and claims due e-mails with `FOR UPDATE SKIP LOCKED`
 * and a lease; an e-mail is sent once unless an instance dies between the SMTP server's « OK »
 * and recording it (then its lease lapses and it is sent again, with the same Message-ID).
 * Failures are retried with exponential backoff, 8 attempts in all. A message whose headers
 * would carry a line break (a display name, an address, a subject) is refused: nothing is sent.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit, OnModuleDestroy {
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  private readonly logger = new Logger('NotificationMailer');

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly settings: NotificationSettings,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.isInitialized || !this.settings.smtpUrl) {
      this.closed = true;
      return;
    }
    this.transport = nodemailer.createTransport(this.settings.smtpUrl);
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private schedule(delay: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.sendDue()
        .catch((error: unknown) => this.logger.warn(`notification e-mails: ${String(error)}`))
        .finally(() => {
          this.running = null;
          this.schedule(POLL_MS);
        });
    }, delay);
    this.timer.unref();
  }

  private async sendDue(): Promise<void> {
    while (!this.closed) {
      const claimed = await this.notifications.claimDueEmails(this.dataSource.manager, BATCH, LEASE_MS);
      await Promise.all(claimed.map((email) => this.send(email)));
      if (claimed.length < BATCH) return;
    }
  }

  private async send(email: ClaimedEmail): Promise<void> {
    const manager = this.dataSource.manager;
    const unsafe = [email.displayName, email.email, email.title].find((value) => !isHeaderSafe(value));
    if (unsafe !== undefined) {
      await this.notifications.recordEmail(manager, email.id, {
        status: 'refused',
        error: 'a header would carry a line break or a control character: nothing was sent',
      });
      return;
    }
    const rendered = renderNotification(email.data as unknown as NotificationData, this.settings.publicUrl);
    try {
      await this.transport!.sendMail({
        from: this.settings.mailFrom,
        to: { name: email.displayName, address: email.email },
        subject: email.title,
        text: email.body,
        html: rendered.html,
        messageId: `<${email.id}@preuve>`,
        headers: { 'X-Preuve-Notification': email.id },
      });
      await this.notifications.recordEmail(manager, email.id, { status: 'sent' });
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = email.attempts >= MAX_ATTEMPTS;
      await this.notifications.recordEmail(manager, email.id, {
        status: last ? 'failed' : 'pending',
        error: message,
        retryInMs: Math.min(RETRY_BASE_MS * 2 ** (email.attempts - 1), MAX_RETRY_MS),
      });
    }
  }
}
