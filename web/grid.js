import { t } from './i18n.js';

// The investment grid drawn as SVG: effort across (0 to 10), difference made up (0 to 10),
// with the four corners named as the method names them. The participant page, the console
// and the big screen all draw it here.
const SVG = 'http://www.w3.org/2000/svg';
const LEFT = 44;
const TOP = 12;
const SIZE = 380;
const STEP = SIZE / 10;

export const QUADRANTS = ['quick_win', 'major_project', 'small_tweak', 'reconsider'];

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  children.flat().forEach((c) => c !== null && c !== undefined && el.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return el;
}

export const toX = (effort) => LEFT + effort * STEP;
export const toY = (difference) => TOP + SIZE - difference * STEP;

// From a point on the drawn grid back to whole steps, kept on the grid.
export function fromPoint(chart, clientX, clientY) {
  const box = chart.getBoundingClientRect();
  const scale = box.width / (LEFT + SIZE + 16);
  const clamp = (v) => Math.max(0, Math.min(10, Math.round(v)));
  return {
    effort: clamp(((clientX - box.left) / scale - LEFT) / STEP),
    difference: clamp((TOP + SIZE - (clientY - box.top) / scale) / STEP),
  };
}

export function shortNumber(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

// The group's position of each shortlisted idea, numbered as the list beside the chart numbers them.
export function groupMarkers(ideas) {
  return ideas.map((idea, i) => (idea.grid.position
    ? { x: idea.grid.position.effort, y: idea.grid.position.difference, kind: idea.grid.fixed ? 'fixed' : 'group', label: i + 1 } : null)).filter(Boolean);
}

// The chart with its markers: [{ x, y, label, kind: 'group' | 'mine' | 'fixed' }].
export function gridChart({ title, markers, fontSize = 20, className = 'grid-chart' }) {
  const half = SIZE / 2;
  const corner = (x, y, key, fill) => [
    svg('rect', { x, y, width: half, height: half, fill }),
    svg('text', { x: x + 8, y: y + fontSize + 6, 'font-size': fontSize, 'font-weight': 700, fill: '#0b0c0c' }, t(`quadrant_${key}`)),
  ];
  const lines = [];
  for (let i = 0; i <= 10; i += 1) {
    lines.push(svg('line', { x1: toX(i), y1: TOP, x2: toX(i), y2: TOP + SIZE, stroke: '#b1b4b6', 'stroke-width': i % 5 === 0 ? 2 : 0.5 }));
    lines.push(svg('line', { x1: LEFT, y1: toY(i), x2: LEFT + SIZE, y2: toY(i), stroke: '#b1b4b6', 'stroke-width': i % 5 === 0 ? 2 : 0.5 }));
  }
  return svg('svg', { class: className, viewBox: `0 0 ${LEFT + SIZE + 16} ${TOP + SIZE + 44}`, role: 'img', 'aria-label': title },
    svg('title', {}, title),
    corner(LEFT, TOP, 'quick_win', '#e7f3ec'),
    corner(LEFT + half, TOP, 'major_project', '#e8f1f8'),
    corner(LEFT, TOP + half, 'small_tweak', '#fff7bf'),
    corner(LEFT + half, TOP + half, 'reconsider', '#f3f2f1'),
    lines,
    svg('text', { x: LEFT + half, y: TOP + SIZE + 34, 'text-anchor': 'middle', 'font-size': fontSize, fill: '#0b0c0c' }, t('gridEffortAxis')),
    svg('text', { x: 14, y: TOP + half, 'text-anchor': 'middle', 'font-size': fontSize, fill: '#0b0c0c', transform: `rotate(-90 14 ${TOP + half})` }, t('gridDifferenceAxis')),
    markers.map((m) => marker(m, fontSize)));
}

function marker(m, fontSize) {
  const x = toX(m.x);
  const y = toY(m.y);
  if (m.kind === 'mine') {
    return svg('g', { class: 'marker-mine' },
      svg('circle', { cx: x, cy: y, r: 13, fill: '#fff', stroke: '#1d70b8', 'stroke-width': 5 }));
  }
  const fill = m.kind === 'fixed' ? '#0b0c0c' : '#00703c';
  return svg('g', { class: 'marker-group' },
    svg('circle', { cx: x, cy: y, r: Math.max(12, fontSize * 0.9), fill, stroke: '#fff', 'stroke-width': 2 }),
    m.label !== undefined ? svg('text', { x, y: y + fontSize * 0.35, 'text-anchor': 'middle', 'font-size': fontSize, 'font-weight': 700, fill: '#fff' }, m.label) : null);
}
