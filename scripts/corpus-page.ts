/**
 * What the corpus run does inside a page (main world), as plain JavaScript source: tsx would
 * wrap named functions of a TypeScript body in a helper the page does not have, so these are
 * strings handed to `addInitScript` / `evaluate` as they are.
 */

/**
 * Installed before the page's scripts. From DOMContentLoaded on (HashLens runs at
 * document_idle, later than that, so nothing earlier can be its doing; the parser's own
 * insertions before it would only cost time), records a structural signature of every DOM
 * mutation (kind, where, which attribute, which node names came and went — no values, which
 * vary between runs), the time of the latest one (to tell when the page has settled), and
 * long tasks from the very start. HashLens's own hosts on <html> are left out: they are its
 * documented UI, outside the page's body.
 */
export const RECORDER_INIT_SCRIPT = `(() => {
  const state = { sigs: new Set(), last: performance.now(), overflow: false, tasks: [] };
  Object.defineProperty(window, '__hashlensCorpus', { value: state });
  const OWN = new Set(['hashlens-ui', 'hashlens-badges']);
  const own = (n) => n && n.nodeType === 1 && OWN.has(n.localName);
  const paths = new WeakMap();
  const pathOf = (node) => {
    const cached = paths.get(node);
    if (cached) return cached;
    const parts = [];
    let n = node;
    while (n && n.nodeType !== 9) {
      if (n.nodeType === 1) {
        let i = 0;
        for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
          if (s.localName === n.localName) i++;
        }
        parts.push(n.localName + '[' + i + ']');
      } else {
        parts.push(n.nodeName);
      }
      n = n.parentNode;
    }
    const path = (n ? '' : '~') + parts.reverse().join('/');
    paths.set(node, path);
    return path;
  };
  const names = (list) => {
    const out = [];
    for (const n of list) if (!own(n)) out.push(n.nodeName);
    return out.join(',');
  };
  const record = (records) => {
    state.last = performance.now();
    for (const r of records) {
      if (state.sigs.size >= 50000) { state.overflow = true; return; }
      let sig;
      if (r.type === 'childList') {
        const added = names(r.addedNodes);
        const removed = names(r.removedNodes);
        if (!added && !removed) continue;
        sig = 'c|' + pathOf(r.target) + '|+' + added + '|-' + removed;
      } else if (r.type === 'attributes') {
        if (own(r.target)) continue;
        sig = 'a|' + pathOf(r.target) + '|' + r.attributeName;
      } else {
        sig = 't|' + pathOf(r.target.parentNode || r.target);
      }
      state.sigs.add(sig);
    }
  };
  const start = () =>
    new MutationObserver(record).observe(document, {
      subtree: true, childList: true, attributes: true, characterData: true,
    });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true, capture: true });
  } else {
    start();
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    // No long-task timing: reported as 0.
  }
})()`;

/** Milliseconds since the page's latest DOM mutation. */
export const QUIET_FOR = `performance.now() - window.__hashlensCorpus.last`;

/** The mutation signatures, whether the cap was hit, and the long tasks. */
export const READ_RECORDS = `(() => {
  const s = window.__hashlensCorpus;
  return { sigs: [...s.sigs], overflow: s.overflow, tasks: s.tasks };
})()`;

/**
 * FNV-1a hashes of the whole document (tags, attributes in order, text and comments) and of
 * the body's text, HashLens's shadow hosts left out. Hashed in the page: some pages are
 * megabytes of markup.
 */
export const SNAPSHOT = `(() => {
  let dom = 0x811c9dc5, text = 0x811c9dc5;
  const feed = (h, s) => {
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
    return h;
  };
  const walker = document.createTreeWalker(document.documentElement, 1 | 4 | 128, {
    acceptNode: (n) =>
      n.nodeType === 1 && (n.localName === 'hashlens-ui' || n.localName === 'hashlens-badges')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const body = document.body;
  for (let n = walker.currentNode; n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      dom = feed(dom, '<' + n.localName);
      for (const a of n.attributes) dom = feed(dom, ' ' + a.name + '=' + a.value);
    } else {
      dom = feed(dom, (n.nodeType === 8 ? '!' : '"') + n.data);
      if (n.nodeType === 3 && body && body.contains(n)) text = feed(text, n.data);
    }
  }
  return { dom: (dom >>> 0).toString(16), text: (text >>> 0).toString(16) };
})()`;
