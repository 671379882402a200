/**
 * HashLens's in-page UI hosts: an element at the end of `<html>` with an open shadow root
 * (tests and assistive technology read it), our CSS inside, and only real input let through.
 * Made on first use, so pages where nobody hovers a term or pins a coin are never touched.
 */
import { blockUntrustedEvents } from '../content/trusted-events';
import hostCss from './host.css?inline';

/** A mounted host: render into `container`; `remove()` takes it off the page. */
export interface UiHost {
  host: HTMLElement;
  container: HTMLElement;
  remove(): void;
}

/** Creates and attaches a host named `tagName` (a custom element name) above the page. */
export function createUiHost(doc: Document, tagName: string, css: string, zIndex: number): UiHost {
  const host = doc.createElement(tagName);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // CSS is our own bundled text; textContent never parses markup.
  style.textContent = hostCss + css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // The root is open, so page scripts can reach our buttons: only real input may act on them.
  blockUntrustedEvents(shadow);
  // Inline !important beats any page stylesheet, even `* { all: unset !important }`.
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('z-index', String(zIndex), 'important');
  host.style.setProperty('display', 'block', 'important');
  doc.documentElement.append(host);
  return { host, container, remove: () => host.remove() };
}
