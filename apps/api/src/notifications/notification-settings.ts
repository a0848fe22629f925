/** How notifications go out (from AppConfig). */
export class NotificationSettings {
  constructor(
    /** Unset: no e-mail is sent; notifications stay in the app. */
    readonly smtpUrl: string | undefined,
    readonly mailFrom: string,
    readonly publicUrl: string,
    /** The UTC hour from which the day's digest is made. */
    readonly digestHourUtc: number,
    /** A dossier waiting longer than this in the queue is overdue (digest). */
    readonly overdueDays: number,
  ) {}
}
