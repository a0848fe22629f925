/** Review rules the deployment chooses (a provider). */
export class ReviewSettings {
  /** The lead who approves may not have given verdicts in the round (four eyes). */
  constructor(readonly fourEyes: boolean) {}
}
