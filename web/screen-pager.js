import { h, replace } from './dom.js';

// Pages for the big screen. What a stage shows flows into columns exactly as tall as the
// screen (CSS multi-column); columns that do not fit make further pages, shown one at a time,
// "1 of 3", moving on by themselves at a pace people can read. Right or Page Down shows the
// next page, Left or Page Up the one before, Space pauses and starts again.
export const PAGE_SECONDS = 15;

export function pager(box, { label, seconds = PAGE_SECONDS }) {
  const indicator = h('p', { className: 'screen-page-number' });
  let page = 0;
  let pages = 1;
  let paused = false;
  let timer = null;

  function step() {
    const gap = parseFloat(getComputedStyle(box).columnGap) || 0;
    return { width: box.clientWidth + gap, gap };
  }

  function measure() {
    const { width, gap } = step();
    pages = width > 0 ? Math.max(1, Math.ceil((box.scrollWidth + gap) / width - 0.02)) : 1;
    if (page >= pages) page = pages - 1;
  }

  function show() {
    box.scrollLeft = page * step().width;
    replace(indicator, pages > 1 ? label(page + 1, pages, paused) : '');
    box.classList.toggle('has-pages', pages > 1);
  }

  function restart() {
    clearInterval(timer);
    timer = setInterval(() => { if (!paused && pages > 1) { page = (page + 1) % pages; show(); } }, seconds * 1000);
  }

  function go(delta) {
    measure();
    page = (page + delta + pages) % pages;
    show();
    restart();
  }

  function onKey(event) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') { event.preventDefault(); go(1); }
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') { event.preventDefault(); go(-1); }
    else if (event.key === 'Home') { event.preventDefault(); page = 0; show(); restart(); }
    else if (event.key === ' ') { event.preventDefault(); paused = !paused; show(); }
  }

  const onResize = () => { measure(); show(); };
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', onResize);
  restart();

  return {
    indicator,
    // After the content changed: the same page where it still exists; the first for a new stage.
    update(fromStart = false) {
      if (fromStart) { page = 0; restart(); }
      measure();
      show();
    },
    stop() {
      clearInterval(timer);
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
    },
  };
}
