// Places a ladder: one column per family, grouped by agency; height by level of work (level 1 at the
// bottom); classes sharing a level in one family sit side by side; collapsed families in a last column.

export const GRID = { slot: 200, row: 92, familyGap: 50, agencyGap: 110, labelX: -150 };

/**
 * @param ladder an /api/graph answer
 * @param firstAgency the agency whose columns come first, e.g. the one the user chose
 * @returns {columns: [{agency, agencyName, familyId, family, x, width}], positions: Map(id -> {x, y}),
 *           collapsed: Map(familyId -> {x, y}), levels: [level], labelX}
 */
export function layOut(ladder, firstAgency) {
  const byFamily = new Map();
  for (const c of ladder.classes) {
    const key = c.familyId || `${c.agency}/${c.family}`;
    if (!byFamily.has(key)) {
      byFamily.set(key, { agency: c.agency, agencyName: c.agencyName || c.agency, familyId: key, family: c.family, classes: [] });
    }
    byFamily.get(key).classes.push(c);
  }
  const families = [...byFamily.values()].sort((a, b) =>
    rank(a.agency, firstAgency) - rank(b.agency, firstAgency) || a.agency.localeCompare(b.agency)
    || lowest(a) - lowest(b) || a.family.localeCompare(b.family));

  const positions = new Map();
  const columns = [];
  let x = 0;
  let previousAgency = null;
  for (const family of families) {
    if (previousAgency !== null) x += family.agency === previousAgency ? GRID.familyGap : GRID.agencyGap;
    previousAgency = family.agency;
    const width = placeColumn(family.classes, x, positions);
    columns.push({ ...family, x, width });
    x += width;
  }

  const collapsed = new Map();
  const perLevel = new Map();
  const collapsedX = x + GRID.agencyGap;
  for (const group of ladder.collapsed) {
    const n = perLevel.get(group.level) || 0;
    perLevel.set(group.level, n + 1);
    collapsed.set(group.familyId, { x: collapsedX + n * GRID.slot, y: yOf(group.level) });
  }

  const levelsSeen = ladder.classes.map((c) => c.level).concat(ladder.collapsed.map((g) => g.level));
  const levels = [];
  if (levelsSeen.length) {
    for (let l = Math.min(...levelsSeen); l <= Math.max(...levelsSeen); l++) levels.push(l);
  }
  return { columns, positions, collapsed, levels, labelX: GRID.labelX };
}

export function yOf(level) {
  return -level * GRID.row;
}

function placeColumn(classes, x, positions) {
  const byLevel = new Map();
  for (const c of classes) {
    if (!byLevel.has(c.level)) byLevel.set(c.level, []);
    byLevel.get(c.level).push(c);
  }
  const widest = Math.max(...[...byLevel.values()].map((row) => row.length));
  for (const [level, row] of byLevel) {
    row.sort((a, b) => trackOrder(a) - trackOrder(b) || a.title.localeCompare(b.title));
    const offset = (widest - row.length) / 2;
    row.forEach((c, i) => positions.set(c.id, { x: x + (offset + i + 0.5) * GRID.slot, y: yOf(level) }));
  }
  return widest * GRID.slot;
}

/** Technical classes left of management ones, so the two tracks read as two strands of the ladder. */
function trackOrder(c) {
  const t = c.tracks || [];
  return t.includes('Technical') ? (t.includes('Management') ? 1 : 0) : 2;
}

function rank(agency, first) {
  return agency === first ? 0 : 1;
}

function lowest(family) {
  return Math.min(...family.classes.map((c) => c.level));
}
