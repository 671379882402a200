/**
 * The strip's short-lived notice after an unpin ("Unpinned Bitcoin. Undo"): one at a time,
 * gone after {@link UNDO_MS}, but never while the reader is pointing at it or has focus in it
 * (so a slow reader or a screen-reader user is not raced by the timer).
 */

/** How long the Undo offer stays (ms). */
export const UNDO_MS = 6_000;

/** What an Undo restores: the coin and where it was in the pin order. */
export interface UnpinnedCoin {
  coinId: string;
  name: string;
  /** Its index in the pin list before it was unpinned. */
  index: number;
}

/** The notice shown: an undoable unpin, or a plain message (e.g. why a re-pin failed). */
export type StripNotice =
  { kind: 'unpinned'; coin: UnpinnedCoin } | { kind: 'message'; text: string };

/** The words a notice shows and the live region announces. */
export function noticeText(notice: StripNotice): string {
  return notice.kind === 'unpinned' ? `Unpinned ${notice.coin.name}.` : notice.text;
}

/** Holds the current notice and expires it; `onChange` runs whenever it appears or goes. */
export class NoticeSlot {
  private notice: StripNotice | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private held = false;
  private expired = false;

  constructor(
    private readonly onChange: () => void,
    private readonly ms = UNDO_MS,
  ) {}

  /** The notice on show, if any. */
  get current(): StripNotice | null {
    return this.notice;
  }

  /** Shows `notice` (replacing any other) for the full time. */
  show(notice: StripNotice): void {
    this.notice = notice;
    this.expired = false;
    this.arm();
    this.onChange();
  }

  /** Removes the notice now and returns it (Undo pressed, or the coin was pinned again). */
  take(): StripNotice | null {
    const notice = this.notice;
    this.clear();
    if (notice) this.onChange();
    return notice;
  }

  /**
   * Pauses expiry while `held` (pointer over the notice, or focus in it). A notice whose time
   * ran out while held goes a full period after it is released, not at once.
   */
  hold(held: boolean): void {
    if (held === this.held) return;
    this.held = held;
    if (!held && this.notice && this.expired) {
      this.expired = false;
      this.arm();
    }
  }

  /** Drops the notice and its timer without telling anyone (the strip is going away). */
  clear(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.notice = null;
    this.expired = false;
    // Whatever held this notice is gone with it.
    this.held = false;
  }

  private arm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.held) {
        this.expired = true;
        return;
      }
      this.clear();
      this.onChange();
    }, this.ms);
  }
}
