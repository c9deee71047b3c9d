// Draws a ladder with Cytoscape.js (served by the app from its WebJar) and highlights a chosen route.
import cytoscape from '../webjars/cytoscape/dist/cytoscape.esm.min.mjs';
import { layOut, yOf } from './ladder-layout.js';
import { edgeData, observedWidth, stylesheet, trackKey, TRACKS } from './ladder-style.js';
import { gradesText } from './format.js';

export class LadderView {
  constructor(container, { onClass, onExpand }) {
    this.cy = cytoscape({ container, style: stylesheet, layout: { name: 'preset' }, minZoom: 0.15, maxZoom: 2.5,
      boxSelectionEnabled: false, autoungrabify: true });
    this.cy.on('tap', 'node.class', (e) => onClass(e.target.id()));
    this.cy.on('tap', 'node.collapsed', (e) => onExpand(e.target.data('familyId')));
    this.ladder = null;
  }

  /** Replaces the drawing with this ladder; firstAgency's columns come first. */
  draw(ladder, firstAgency) {
    this.ladder = ladder;
    const { columns, positions, collapsed, levels, labelX } = layOut(ladder, firstAgency);
    const elements = [];
    const agencies = new Set();
    for (const col of columns) {
      if (!agencies.has(col.agency)) {
        agencies.add(col.agency);
        elements.push({ data: { id: `agency:${col.agency}`, label: col.agencyName }, classes: 'agency' });
      }
      elements.push({ data: { id: `family:${col.familyId}`, parent: `agency:${col.agency}`, label: col.family },
        classes: 'family' });
    }
    for (const c of ladder.classes) {
      const track = TRACKS[trackKey(c.tracks)];
      const label = `${c.title}\n${gradesText(c.grades)}`;
      elements.push({ group: 'nodes', classes: 'class', position: positions.get(c.id),
        data: { id: c.id, parent: `family:${c.familyId || `${c.agency}/${c.family}`}`, label, base: label,
          fill: track.fill, border: track.border, shape: track.shape, level: c.level } });
    }
    for (const g of ladder.collapsed) {
      elements.push({ group: 'nodes', classes: 'collapsed', position: collapsed.get(g.familyId),
        data: { id: `collapsed:${g.familyId}`, familyId: g.familyId,
          label: `+ ${g.family} (${g.agency})\n${g.classes} classes · ${g.links} moves` } });
      for (const id of g.drawn) {
        elements.push({ group: 'edges', classes: 'to-collapsed',
          data: { id: `link:${id}>${g.familyId}`, source: id, target: `collapsed:${g.familyId}`, line: 'dotted', colour: '#9ca3af' } });
      }
    }
    for (const l of levels) {
      elements.push({ group: 'nodes', classes: 'level', position: { x: labelX, y: yOf(l) },
        data: { id: `level:${l}`, label: `Level ${l}` } });
    }
    elements.push(...edges(ladder.moves), ...observedEdges(ladder.observed || []));
    this.cy.elements().remove();
    this.cy.add(elements);
    this.cy.fit(undefined, 30);
  }

  /** Emphasises the classes of a route in order (ids) and the moves between them; null clears it. */
  highlight(steps) {
    const cy = this.cy;
    cy.remove('.route-extra');
    cy.elements().removeClass('route faded');
    cy.nodes('.class').forEach((n) => n.data('label', n.data('base')));
    cy.nodes('.class').removeData('step');
    if (!steps || steps.length === 0) return;
    steps.forEach((step, i) => {
      const node = cy.getElementById(step.id);
      if (node.empty()) return;
      node.addClass('route').data({ step: i + 1, label: `${i + 1} · ${node.data('base')}` });
      if (i === 0) return;
      const drawn = moveBetween(cy, steps[i - 1].id, step.id, step.move);
      if (drawn.nonempty()) drawn.addClass('route');
      else if (!cy.getElementById(steps[i - 1].id).empty()) {
        // a de facto move is drawn only with the recorded moves; the route shows it anyway
        cy.add({ group: 'edges', classes: 'route route-extra', data: { id: `route:${steps[i - 1].id}>${step.id}`,
          source: steps[i - 1].id, target: step.id, type: step.move, ...edgeData(step.move) } });
      }
    });
    cy.nodes('.class, .collapsed').not('.route').addClass('faded');
    cy.edges().not('.route').addClass('faded');
    const route = cy.elements('.route');
    if (route.nonempty()) cy.animate({ fit: { eles: route.union(cy.nodes('.level')), padding: 40 }, duration: 250 });
  }

  select(id) {
    this.cy.nodes(':selected').unselect();
    const node = this.cy.getElementById(id);
    if (node.nonempty()) node.select();
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /** The route as drawn: class ids in step order (also read by the end-to-end test). */
  drawnRoute() {
    return this.cy.nodes('.class.route').sort((a, b) => a.data('step') - b.data('step')).map((n) => n.id());
  }
}

/** One edge per move; a lateral or peer move that exists both ways is one edge with two arrowheads. */
function edges(moves) {
  const seen = new Map();
  for (const m of moves) {
    const key = m.type === 'PROMOTES_TO' ? `${m.type}:${m.from}>${m.to}` : `${m.type}:${[m.from, m.to].sort().join('<>')}`;
    if (seen.has(key)) {
      seen.get(key).classes = 'both-ways';
      continue;
    }
    seen.set(key, { group: 'edges', classes: '', data: { id: key, source: m.from, target: m.to, type: m.type, ...edgeData(m.type) } });
  }
  return [...seen.values()];
}

/** One edge per pair of classes people were recorded moving between; width by people, de facto ones distinct. */
function observedEdges(links) {
  const most = Math.max(1, ...links.map((l) => l.people));
  return links.map((l) => ({ group: 'edges', classes: l.deFacto ? 'observed de-facto' : 'observed',
    data: { id: `observed:${l.from}>${l.to}`, source: l.from, target: l.to, type: l.deFacto ? 'OBSERVED_MOVE' : 'MOVED',
      people: l.people, deFacto: l.deFacto, width: observedWidth(l.people, most), label: String(l.people) } }));
}

function moveBetween(cy, from, to, type) {
  const forward = cy.edges().filter((e) => e.source().id() === from && e.target().id() === to);
  const backward = cy.edges('.both-ways').filter((e) => e.source().id() === to && e.target().id() === from);
  const all = forward.union(backward);
  const typed = all.filter((e) => e.data('type') === type);
  return typed.nonempty() ? typed : all;
}
