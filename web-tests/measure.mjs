// What the room's goals are measured by, shared by the page tests: statements fully visible on
// the affinity wall, and the big screen fitting its window with no text too small to read.
import assert from 'node:assert/strict';
import { assertAccessible } from './browser.mjs';

// The wall's cards wholly inside the window and inside every box that scrolls or clips them.
export function fullyVisibleCards(page) {
  return page.evaluate(() => [...document.querySelectorAll('.wall-card')].filter((card) => {
    const r = card.getBoundingClientRect();
    if (r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) return false;
    for (let box = card.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box);
      if (!/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) continue;
      const b = box.getBoundingClientRect();
      if (r.top < b.top || r.bottom > b.bottom || r.left < b.left || r.right > b.right) return false;
    }
    return true;
  }).length);
}

// The smallest text a person can see: every text node drawn inside the window and inside the
// box that clips it (other pages are out of sight), at its computed size, scaled for SVG.
export function smallestText(page) {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest('.visually-hidden, [hidden], title')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      let clip = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
      for (let box = el.parentElement; box; box = box.parentElement) {
        if (getComputedStyle(box).overflow === 'visible') continue;
        const b = box.getBoundingClientRect();
        clip = { left: Math.max(clip.left, b.left), top: Math.max(clip.top, b.top), right: Math.min(clip.right, b.right), bottom: Math.min(clip.bottom, b.bottom) };
      }
      const seen = [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0
        && r.left < clip.right - 1 && r.right > clip.left + 1 && r.top < clip.bottom - 1 && r.bottom > clip.top + 1);
      if (!seen || getComputedStyle(el).visibility === 'hidden') continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGElement) { const m = el.getScreenCTM(); size *= Math.hypot(m.a, m.b); }
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 50) };
    }
    return smallest;
  });
}

// The big screen shows everything without scrolling, no visible text under 24 px, and (unless
// told otherwise) axe finds nothing. Answers the smallest text size seen.
export async function assertFitsScreen(screen, what, { axe = true } = {}) {
  const overflow = await screen.evaluate(() => {
    const doc = document.documentElement;
    const frame = document.querySelector('.screen-frame');
    const head = document.querySelector('.screen-head');
    return { page: Math.max(doc.scrollHeight - doc.clientHeight, doc.scrollWidth - doc.clientWidth),
      frame: frame.scrollHeight - frame.clientHeight, head: head ? head.scrollWidth - head.clientWidth : 0 };
  });
  const { width, height } = screen.viewportSize();
  assert.deepEqual(overflow, { page: 0, frame: 0, head: 0 }, `${what} fits ${width}×${height} without scrolling`);
  const smallest = await smallestText(screen);
  assert.ok(smallest.size >= 24, `${what}: “${smallest.text}” is ${smallest.size}px`);
  if (axe) await assertAccessible(screen, `the big screen: ${what}`);
  return smallest.size;
}
