/**
 * A database ping shared by the probes that wait for it, each answered by a ping that started
 * after it arrived. A probe arriving while no ping runs starts one; probes arriving while one runs
 * wait for the next, which starts as soon as the running one ends and answers all of them. Under
 * load (a balancer's or the benchmark's many probes at once) that is one `SELECT 1` per round trip
 * instead of one per probe; a lone probe costs one ping, as before. A failed ping fails the probes
 * that waited for it, and only those.
 */
export class SharedPing {
  private running?: Promise<void>;
  private next?: Promise<void>;

  constructor(private readonly ping: () => Promise<unknown>) {}

  /** Resolves once a ping started after this call has answered; rejects with its error. */
  answered(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.start();
    const start = () => this.start();
    this.next = this.running.then(start, start);
    return this.next;
  }

  private start(): Promise<void> {
    const ping = this.ping().then(() => undefined);
    this.running = ping;
    this.next = undefined;
    const ended = () => {
      if (this.running === ping) this.running = undefined;
    };
    ping.then(ended, ended);
    return ping;
  }
}
