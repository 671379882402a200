/**
 * HashLens's one shadow host on a page and the tooltip rendered in it. The host is created
 * the first time a tooltip opens, so pages where nobody hovers a term are never touched.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import { FloatingTooltip, type TooltipAnchor } from '@/entrypoints/content/tooltip/FloatingTooltip';
import type { TooltipPin, TooltipPrice, TooltipTerm } from '@/entrypoints/content/tooltip/TermTooltip';
import tooltipCss from '@/entrypoints/content/tooltip/tooltip.css?inline';
import { blockUntrustedEvents } from '../trusted-events';

/** The tag name of HashLens's shadow host; the scanner skips it. */
export const UI_HOST_NAME = 'hashlens-ui';

/** What is on screen. */
export interface TooltipView {
  term: TooltipTerm;
  anchor: TooltipAnchor;
  price?: TooltipPrice;
  pin?: TooltipPin;
}

/** Owns the shadow root and renders the tooltip into it. */
export class TooltipUi {
  private root: Root | null = null;
  private host: HTMLElement | null = null;
  private creating: Promise<void> | null = null;
  private view: TooltipView | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClose: () => void,
  ) {}

  /** True when `target` is (inside) HashLens's UI. */
  isOwn(target: EventTarget | null): boolean {
    return target !== null && this.host !== null && target === this.host;
  }

  /** The open tooltip's data, if any. */
  get current(): TooltipView | null {
    return this.view;
  }

  /** Shows or updates the tooltip. */
  async show(view: TooltipView): Promise<void> {
    this.view = view;
    await this.ensureMounted();
    this.render();
  }

  /** Updates the price of the open tooltip. */
  setPrice(price: TooltipPrice): void {
    if (!this.view) return;
    this.view = { ...this.view, price };
    this.render();
  }

  /** Updates the pin toggle of the open tooltip. */
  setPin(pin: TooltipPin): void {
    if (!this.view) return;
    this.view = { ...this.view, pin };
    this.render();
  }

  /** Closes the tooltip. */
  hide(): void {
    this.view = null;
    this.render();
  }

  private render(): void {
    if (!this.root) return;
    const view = this.view;
    this.root.render(
      view ? (
        <FloatingTooltip
          key={view.term.id + ':' + String(view.anchor.getBoundingClientRect().x)}
          anchor={view.anchor}
          term={view.term}
          price={view.price}
          pin={view.pin}
          now={Date.now()}
          onClose={this.onClose}
        />
      ) : null,
    );
  }

  private ensureMounted(): Promise<void> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: UI_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css: tooltipCss,
      onMount: (container, shadow) => {
        // The root is open (tests and assistive tools read it), so page scripts can reach
        // our buttons: only real input may act on them.
        blockUntrustedEvents(shadow);
        const mountPoint = document.createElement('div');
        container.append(mountPoint);
        const root = createRoot(mountPoint);
        this.root = root;
        return root;
      },
      onRemove: (root) => {
        root?.unmount();
        this.root = null;
      },
    }).then((ui) => {
      ui.mount();
      this.host = ui.shadowHost;
      // Inline !important beats any page stylesheet, even `* { all: unset !important }`.
      this.host.style.setProperty('position', 'fixed', 'important');
      this.host.style.setProperty('z-index', '2147483647', 'important');
      this.host.style.setProperty('display', 'block', 'important');
    });
    return this.creating;
  }
}
