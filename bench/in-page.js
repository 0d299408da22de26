// Runs inside the page (installed before any page script). Plain JS on purpose: tsx rewrites TS functions with
// helpers that do not exist in the page. Reads window.__benchConfig = { firstRowTiming, diffVisible, row, cell, scrollContainer }.
(() => {
  const cfg = window.__benchConfig;
  const state = { elements: [], diffAt: null, toggle: null, follow: null };

  // Tells Node when a mark is reached (a binding: Playwright's polling would inject its own script into the page while
  // the page loads, ~20 ms of main thread inside the very interval being measured).
  const signal = (name) => window.__benchSignal?.(name);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      // Inert: drawn before the app has loaded (src/app/prepaint.tsx); the app's own row comes later, and works.
      const live = !!e.element && !e.element.closest('[inert]');
      state.elements.push({ id: e.identifier, time: e.renderTime || e.loadTime, live });
      if (e.identifier === cfg.firstRowTiming) signal('first-row');
      if (e.identifier === cfg.firstRowTiming && live) signal('live-row');
    }
  }).observe({ type: 'element', buffered: true });
  performance.setResourceTimingBufferSize(5000);

  // Stamp "after the frame that shows it": rAF runs before style/layout/paint, a posted message after them.
  const afterNextPaint = (fn) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => fn(performance.now());
      ch.port2.postMessage(null);
    });

  const diffObserver = new MutationObserver(() => checkDiff());
  // Accessible name as a browser computes it for a table: aria-labelledby, else aria-label, else <caption>.
  const accessibleName = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    return (el.getAttribute('aria-label') ?? el.querySelector(':scope > caption')?.textContent ?? '').trim();
  };
  const diffName = cfg.diffVisible?.name ? new RegExp(cfg.diffVisible.name, 'i') : null;
  const findDiff = () =>
    [...document.querySelectorAll(cfg.diffVisible.css)].find((el) => !diffName || diffName.test(accessibleName(el))) ?? null;
  const checkDiff = () => {
    const el = state.diffAt === null && cfg.diffVisible ? findDiff() : null;
    if (!el || !el.getClientRects().length) return;
    diffObserver.disconnect();
    afterNextPaint((t) => {
      state.diffAt = t;
      signal('diff');
    });
  };
  /** Stamps state.diffAt at the first frame that shows the diff, from now on (it may be on screen already). */
  const watchDiff = () => {
    state.diffAt = null;
    diffObserver.observe(document.body, { childList: true, subtree: true, attributes: true });
    checkDiff();
  };
  // Only a detail URL has a diff: a list load is not slowed by an observer of every mutation.
  document.addEventListener('DOMContentLoaded', () => {
    if (location.pathname.startsWith('/operations/')) watchDiff();
  });

  const dataRows = () => [...document.querySelectorAll(cfg.row)].filter((r) => r.querySelector(cfg.cell));
  // The list may re-mount its scroll container (e.g. when the URL is normalised after the first rows): find it again.
  const scroller = () => {
    const tagged = document.querySelector('[data-bench-scroller]');
    if (tagged?.isConnected) return tagged;
    return window.__bench.tagScroller() ? document.querySelector('[data-bench-scroller]') : null;
  };

  window.__bench = {
    state,
    /** Clicks the list's link to operation `id` and watches for its diff; the click's time, or null without that link. */
    openFromList(id) {
      const link = document.querySelector(`a[href="/operations/${id}"]`);
      if (!link) return null;
      const t = performance.now();
      link.click();
      watchDiff();
      return t;
    },
    firstRowAt: () => state.elements.find((e) => e.id === cfg.firstRowTiming)?.time ?? null,
    /** The app's own first row on screen: the same as firstRowAt unless rows were drawn before the app had loaded. */
    liveRowAt: () => state.elements.find((e) => e.id === cfg.firstRowTiming && e.live)?.time ?? null,
    /** The largest script's arrival and DOMContentLoaded (by which deferred and module scripts have been run). */
    scriptTimes: () => {
      const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link');
      const largest = scripts.filter((e) => /\.m?js$/.test(new URL(e.name).pathname)).sort((a, b) => b.decodedBodySize - a.decodedBodySize)[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { scriptEnd: largest?.responseEnd ?? null, domContentLoaded: nav?.domContentLoadedEventStart || null };
    },
    apiRequests: () =>
      performance
        .getEntriesByType('resource')
        .filter((e) => new URL(e.name).pathname.startsWith('/v1/'))
        .map((e) => ({ url: e.name.replace(location.origin, ''), start: e.startTime, end: e.responseEnd })),

    /** Explicit selector, else the nearest scrollable ancestor of the first data row, else the document. */
    tagScroller() {
      const first = dataRows()[0];
      let el = cfg.scrollContainer ? document.querySelector(cfg.scrollContainer) : null;
      for (let p = first?.parentElement; !el && p; p = p.parentElement) {
        const oy = getComputedStyle(p).overflowY;
        if ((oy === 'auto' || oy === 'scroll') && p.scrollHeight > p.clientHeight) el = p;
      }
      if (!el && first && document.documentElement.scrollHeight > innerHeight) el = document.scrollingElement;
      if (!el) return null;
      el.setAttribute('data-bench-scroller', '');
      return el === document.scrollingElement ? 'document' : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    },
    scrollToBottom() {
      const s = scroller();
      if (s) s.scrollTop = s.scrollHeight;
    },
    /** Keeps the list scrolled to the bottom, every frame, until stopped: a page is asked for as soon as the rows show. */
    followBottom(on) {
      cancelAnimationFrame(state.follow ?? 0);
      state.follow = null;
      const step = () => {
        window.__bench.scrollToBottom();
        state.follow = requestAnimationFrame(step);
      };
      if (on) step();
    },
    countRows: () => ({ all: document.querySelectorAll(cfg.row).length, data: dataRows().length }),

    /** t0: the next trusted pointerdown/click; t1: the frame after the first DOM change to the first five data rows. */
    armToggle() {
      const signature = () => {
        const rows = dataRows();
        return { text: rows.slice(0, 5).map((r) => r.textContent).join('|'), n: rows.length };
      };
      const before = signature().text;
      state.toggle = new Promise((resolve) => {
        let t0 = null;
        const onInput = (e) => {
          if (t0 === null && e.isTrusted) t0 = e.timeStamp;
        };
        const done = (r) => {
          observer.disconnect();
          clearTimeout(timer);
          document.removeEventListener('pointerdown', onInput, true);
          document.removeEventListener('click', onInput, true);
          resolve(r);
        };
        const observer = new MutationObserver(() => {
          if (t0 === null) return;
          const now = signature();
          if (now.text === before || now.n === 0) return;
          observer.disconnect();
          const start = t0;
          afterNextPaint((t) => done({ ms: t - start }));
        });
        document.addEventListener('pointerdown', onInput, true);
        document.addEventListener('click', onInput, true);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => done({ error: 'the first rows did not change within 5 s' }), 5000);
      });
    },
    toggleResult: () => state.toggle,

    /** Scrolls the container at `speed` px/s for `ms` from the top: rAF deltas, long tasks, most data rows seen. */
    scripted({ speed, ms }) {
      const s = scroller();
      s.scrollTop = 0;
      const longTasks = [];
      const po = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
      po.observe({ type: 'longtask' });
      const frames = [];
      let maxRows = 0;
      return new Promise((resolve) => {
        let start = null;
        let last = 0;
        const step = (t) => {
          if (start === null) start = t;
          else frames.push(t - last);
          last = t;
          const range = Math.max(1, s.scrollHeight - s.clientHeight);
          s.scrollTop = ((speed * (t - start)) / 1000) % range;
          if (frames.length % 5 === 0) maxRows = Math.max(maxRows, dataRows().length);
          if (t - start < ms) return requestAnimationFrame(step);
          // Long-task entries are queued after the task ends: wait a moment before reading them.
          setTimeout(() => {
            po.takeRecords().forEach((e) => longTasks.push(e.duration));
            po.disconnect();
            resolve({ frames, longTasks, maxRows, distance: Math.round((speed * (t - start)) / 1000) });
          }, 200);
        };
        requestAnimationFrame(step);
      });
    },
  };
})();
