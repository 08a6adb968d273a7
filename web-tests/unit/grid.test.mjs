import './globals.mjs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toX, toY, fromPoint, shortNumber, groupMarkers, QUADRANTS } from '../../web/grid.js';
import { strings } from '../../web/i18n.js';

test('the grid runs from 0 to 10 both ways, difference upwards', () => {
  assert.equal(toX(10) - toX(0), toY(0) - toY(10), 'square');
  assert.ok(toX(10) > toX(0));
  assert.ok(toY(10) < toY(0), 'more difference is higher up');
  assert.equal(toX(5) - toX(0), (toX(10) - toX(0)) / 2);
});

test('a point on the drawn grid comes back as whole steps, kept on the grid, at any drawn size', () => {
  for (const scale of [1, 0.5, 2]) {
    const chart = { getBoundingClientRect: () => ({ left: 100, top: 50, width: (toX(10) + 16) * scale }) };
    const at = (effort, difference) => fromPoint(chart, 100 + toX(effort) * scale, 50 + toY(difference) * scale);
    assert.deepEqual(at(0, 0), { effort: 0, difference: 0 }, `scale ${scale}`);
    assert.deepEqual(at(7, 3), { effort: 7, difference: 3 }, `scale ${scale}`);
    assert.deepEqual(at(6.6, 2.4), { effort: 7, difference: 2 }, `scale ${scale}`);
    assert.deepEqual(at(14, -3), { effort: 10, difference: 0 }, `scale ${scale}: outside the grid`);
  }
});

test('numbers show whole when whole, else to one place', () => {
  assert.equal(shortNumber(4), '4');
  assert.equal(shortNumber(4.25), '4.3');
  assert.equal(shortNumber(0.5), '0.5');
});

test('the group markers are numbered as the list numbers the ideas, skipping ideas nobody has placed', () => {
  const ideas = [
    { id: 'a', grid: { position: { effort: 2, difference: 8 }, fixed: false } },
    { id: 'b', grid: { position: null, fixed: false } },
    { id: 'c', grid: { position: { effort: 9, difference: 1 }, fixed: true } },
  ];
  assert.deepEqual(groupMarkers(ideas), [
    { x: 2, y: 8, kind: 'group', label: 1 },
    { x: 9, y: 1, kind: 'fixed', label: 3 },
  ]);
});

test('every corner of the grid has a name in both languages', () => {
  for (const q of QUADRANTS) {
    assert.ok(strings.en[`quadrant_${q}`], `no English name for ${q}`);
    assert.ok(strings.cy[`quadrant_${q}`], `no Welsh name for ${q}`);
  }
});
