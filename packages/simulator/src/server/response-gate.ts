/**
 * Holds responses until a test releases them, so a test can act while a client waits for an
 * answer, for example kill the client or change what it has stored.
 */
export class ResponseGate {
  private waiting: Array<() => void> = [];

  /** Number of responses waiting for `releaseAll`. */
  get heldCount(): number {
    return this.waiting.length;
  }

  /** Resolves when `releaseAll` is called. */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
    });
  }

  releaseAll(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const release of waiting) {
      release();
    }
  }
}
