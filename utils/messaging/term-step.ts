/**
 * "Step to the next (or previous) term": the browser's keyboard commands (`commands` in the
 * manifest, Alt+Shift+J / K unless the reader changed them in the browser's shortcut settings)
 * reach the background, which passes them to the tab's top-frame content script. Needs no
 * `tabs` permission.
 */
import { browser, type Browser } from 'wxt/browser';

/** Which way a command steps through the marked terms. */
export type TermStepCommand = 'next' | 'previous';

/** The manifest's command names, by step. */
export const TERM_STEP_COMMANDS: Readonly<Record<TermStepCommand, string>> = {
  next: 'next-term',
  previous: 'previous-term',
};

const TERM_STEP = { hashlens: 1, type: 'stepTerm' } as const;

/** Background: passes the browser's term commands to the active tab's top frame. */
export function relayTermStepCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    const step = (Object.keys(TERM_STEP_COMMANDS) as TermStepCommand[]).find(
      (key) => TERM_STEP_COMMANDS[key] === command,
    );
    if (!step || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { ...TERM_STEP, step }, { frameId: 0 }).catch(() => {
      // No HashLens on that page (a browser page, the web store): nothing to step through.
    });
  });
}

/**
 * Content script, top frame: runs `onStep` for each command the background passes on.
 * Only the background may ask (not other content scripts). Returns the listener's removal.
 */
export function answerTermSteps(win: Window, onStep: (step: TermStepCommand) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): undefined => {
    const request = message as (Partial<typeof TERM_STEP> & { step?: unknown }) | null;
    if (request?.hashlens !== 1 || request.type !== TERM_STEP.type) return;
    if (sender.id !== browser.runtime.id || sender.tab || win !== win.top) return;
    if (request.step === 'next' || request.step === 'previous') onStep(request.step);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
