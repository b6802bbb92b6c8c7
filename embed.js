// Weiquan embed helper, for the page of a law firm that embeds the calculator (docs/embedding.md).
// It listens for the calculator's height messages and sizes the iframe that sent each one. The
// calculator sends nothing else: what a visitor types never reaches this page.
(() => {
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'weiquan:height' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-weiquan]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.min(Math.max(Math.round(data.height), 200), 20000)}px`;
      }
    }
  });
})();
