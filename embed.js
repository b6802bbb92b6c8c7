// Weiquan embed helper, for the page of a law firm that embeds the calculator (docs/embedding.md).
// It listens for the calculator's messages: its height, to size the iframe that sent it, and,
// when a teacher starts presentation mode, a request to scroll the iframe into view (a number of
// pixels from its top). The calculator sends nothing else: what a visitor types never reaches
// this page.
(() => {
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data.type !== 'string') return;
    const frame = [...document.querySelectorAll('iframe[data-weiquan]')].find((f) => f.contentWindow === event.source);
    if (!frame) return;
    if (data.type === 'weiquan:height' && Number.isFinite(data.height)) {
      frame.style.height = `${Math.min(Math.max(Math.round(data.height), 200), 20000)}px`;
    }
    if (data.type === 'weiquan:show' && Number.isFinite(data.top)) {
      const top = frame.getBoundingClientRect().top + window.scrollY + Math.max(0, Math.round(data.top));
      window.scrollTo({ top, behavior: 'smooth' });
    }
  });
})();
