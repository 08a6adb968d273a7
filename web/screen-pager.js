import { h, replace } from './dom.js';

// Pages for the big screen. What a stage shows flows into columns exactly as tall as the
// screen (CSS multi-column); columns that do not fit make further pages, shown one at a time,
// "1 of 3", moving on by themselves at a pace people can read. A page that carries on a list
// from the page before starts with a "continued" heading naming it, in a line kept free above
// the columns while there are pages. Right or Page Down shows the next page, Left or Page Up
// the one before, Space pauses and starts again.
export const PAGE_SECONDS = 15;

// label(page, pages, paused) words "1 of 3"; continued(headings) words the heading of a page
// that carries on a list: headings are the flow's own h2 and h3 it sits under, outermost
// first, or none for the stage's one list (the vote bars, the plans).
export function pager(box, { label, continued, seconds = PAGE_SECONDS }) {
  const indicator = h('p', { className: 'screen-page-number' });
  const carried = h('div', { className: 'screen-continued', hidden: true });
  let page = 0;
  let pages = 1;
  let paused = false;
  let timer = null;

  function step() {
    const gap = parseFloat(getComputedStyle(box).columnGap) || 0;
    return { width: box.clientWidth + gap, gap };
  }

  function count() {
    const { width, gap } = step();
    return width > 0 ? Math.max(1, Math.ceil((box.scrollWidth + gap) / width - 0.02)) : 1;
  }

  // With more than one page, the line for "continued" takes its room from the columns, which
  // can make one more page.
  function measure() {
    carried.hidden = true;
    pages = count();
    if (pages > 1) {
      carried.hidden = false;
      pages = count();
    }
    if (page >= pages) page = pages - 1;
  }

  function show() {
    box.scrollLeft = page * step().width;
    replace(indicator, pages > 1 ? label(page + 1, pages, paused) : '');
    box.classList.toggle('has-pages', pages > 1);
    const under = continuing();
    replace(carried, under ? h('h2', {}, continued(under)) : null);
  }

  // The headings the list at the top of this page started under on an earlier page; null on the
  // first page, or when the page opens with a heading of its own. A list that runs on across a
  // page break is drawn in several pieces, one rectangle each.
  function continuing() {
    if (page === 0 || pages < 2) return null;
    const start = page * step().width - 2;
    const origin = box.getBoundingClientRect().left - box.scrollLeft;
    let outer = null;
    let inner = null;
    for (const child of box.children) {
      const lefts = [...child.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => r.left - origin);
      if (!lefts.length) continue;
      if (lefts[0] >= start) {
        if (child.tagName === 'H2') return null;
        if (child.tagName === 'H3') return outer ? [outer] : [];
        return [outer, inner].filter(Boolean);
      }
      if (Math.max(...lefts) >= start) return [outer, inner].filter(Boolean);
      if (child.tagName === 'H2') { outer = child; inner = null; } else if (child.tagName === 'H3') inner = child;
    }
    return null;
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
    carried,
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
