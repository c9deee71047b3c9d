// How the ladder looks: colour and shape by track (colour-blind-safe Okabe–Ito hues, dark text on light
// fills), line style by kind of move, and the chosen route in heavy black with step numbers.
import { el } from './format.js';

export const TRACKS = {
  technical: { label: 'Technical track', fill: '#dcebf5', border: '#0072b2', shape: 'round-rectangle' },
  management: { label: 'Management track', fill: '#fbe3d2', border: '#d55e00', shape: 'cut-rectangle' },
  both: { label: 'Both tracks', fill: '#f3e0ec', border: '#882e72', shape: 'barrel' },
  none: { label: 'Track not stated', fill: '#eeeeee', border: '#6b7280', shape: 'rectangle' },
};

export function trackKey(tracks = []) {
  const t = tracks.includes('Technical');
  const m = tracks.includes('Management');
  return t && m ? 'both' : t ? 'technical' : m ? 'management' : 'none';
}

const EDGE = { PROMOTES_TO: 'solid', SAME_GRADE: 'dashed', PEER_OF: 'dotted', OBSERVED_MOVE: 'dashed' };
// recorded moves: bluish green along a documented move, orange (long dashes, chevron) where no document lists it
const OBSERVED = { colour: '#009e73' };
const DE_FACTO = { colour: '#e69f00' };
const EDGE_COLOUR = { PROMOTES_TO: '#374151', SAME_GRADE: '#0072b2', PEER_OF: '#882e72', OBSERVED_MOVE: DE_FACTO.colour };

export const stylesheet = [
  { selector: 'node.class', style: {
    shape: 'data(shape)', 'background-color': 'data(fill)', 'border-color': 'data(border)', 'border-width': 3,
    width: 176, height: 58, label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 164, 'font-size': 12,
    'text-valign': 'center', color: '#1b1b1b', 'font-family': 'system-ui, sans-serif' } },
  { selector: 'node.family', style: {
    shape: 'round-rectangle', 'background-color': '#ffffff', 'background-opacity': 0.6, 'border-color': '#9ca3af',
    'border-width': 1, label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 13,
    'font-weight': 600, color: '#374151', padding: 14 } },
  { selector: 'node.agency', style: {
    shape: 'round-rectangle', 'background-color': '#f3f4f6', 'border-color': '#6b7280', 'border-width': 2,
    label: 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 15, 'font-weight': 700,
    color: '#111827', padding: 18 } },
  { selector: 'node.collapsed', style: {
    shape: 'round-rectangle', 'background-color': '#ffffff', 'border-color': '#6b7280', 'border-style': 'dashed',
    'border-width': 2, width: 176, height: 56, label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 164,
    'font-size': 12, 'text-valign': 'center', color: '#1b1b1b' } },
  { selector: 'node.level', style: {
    shape: 'rectangle', width: 1, height: 1, 'background-opacity': 0, label: 'data(label)', 'font-size': 13,
    color: '#4b5563', 'text-halign': 'center', 'text-valign': 'center', events: 'no' } },
  { selector: 'edge', style: {
    'curve-style': 'bezier', width: 2, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
    'source-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'line-style': 'data(line)',
    'arrow-scale': 1.1 } },
  { selector: 'edge.both-ways', style: { 'source-arrow-shape': 'triangle' } },
  { selector: 'edge.to-collapsed', style: {
    'line-style': 'dotted', width: 1.5, 'line-color': '#9ca3af', 'target-arrow-shape': 'none' } },
  { selector: 'edge.observed', style: {
    'curve-style': 'unbundled-bezier', 'control-point-distances': [-28], 'control-point-weights': [0.5],
    width: 'data(width)', 'line-color': OBSERVED.colour, 'target-arrow-color': OBSERVED.colour, 'line-style': 'solid',
    opacity: 0.7, label: 'data(label)', 'font-size': 11, color: '#1b1b1b', 'text-background-color': '#ffffff',
    'text-background-opacity': 0.85, 'text-background-padding': 2 } },
  { selector: 'edge.observed.de-facto', style: {
    'line-color': DE_FACTO.colour, 'target-arrow-color': DE_FACTO.colour, 'line-style': 'dashed',
    'line-dash-pattern': [14, 5], 'target-arrow-shape': 'chevron', opacity: 0.9 } },
  { selector: '.faded', style: { opacity: 0.28 } },
  { selector: 'node.class.route', style: { 'border-width': 6, 'border-color': '#000000', 'font-weight': 700 } },
  { selector: 'edge.route', style: {
    width: 6, 'line-color': '#000000', 'target-arrow-color': '#000000', 'source-arrow-color': '#000000',
    'z-index': 10, 'arrow-scale': 1.3 } },
  { selector: 'node.class:selected', style: { 'overlay-color': '#0b5394', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
];

export function edgeData(type) {
  return { line: EDGE[type] || 'solid', colour: EDGE_COLOUR[type] || '#374151' };
}

/** Line width of a recorded move: 2 px for one person up to 12 px for the most people drawn. */
export function observedWidth(people, most) {
  return 2 + Math.round((10 * Math.sqrt(people)) / Math.sqrt(Math.max(1, most)));
}

/** The legend entries for recorded moves, shown while they are drawn. */
export function observedLegend() {
  return [
    el('span', { class: 'item' }, el('span', { class: 'edge', style: `border-top-width:8px;border-top-color:${OBSERVED.colour}`, 'aria-hidden': 'true' }),
      'People recorded making a documented move (thicker: more people; label: how many)'),
    el('span', { class: 'item' }, el('span', { class: 'edge', style: `border-top-width:4px;border-top-style:dashed;border-top-color:${DE_FACTO.colour}`, 'aria-hidden': 'true' }),
      'De facto move: people made it, no document lists it'),
  ];
}

/** The legend under the graph, in HTML so it reads as text for everyone. */
export function legend() {
  const tracks = Object.values(TRACKS).slice(0, 3).map((t) => el('span', { class: 'item' },
    el('span', { class: 'swatch', style: `background:${t.fill};border-color:${t.border};border-radius:${t.shape === 'round-rectangle' ? '8px' : t.shape === 'barrel' ? '40%' : '0'}`, 'aria-hidden': 'true' }),
    t.label));
  const moves = [['Promotion', 'solid', EDGE_COLOUR.PROMOTES_TO], ['Same grade', 'dashed', EDGE_COLOUR.SAME_GRADE],
    ['Peer in another agency', 'dotted', EDGE_COLOUR.PEER_OF]].map(([label, line, colour]) => el('span', { class: 'item' },
    el('span', { class: 'edge', style: `border-top-style:${line};border-top-color:${colour}`, 'aria-hidden': 'true' }), label));
  const route = el('span', { class: 'item' },
    el('span', { class: 'edge', style: 'border-top-width:6px;border-top-color:#000', 'aria-hidden': 'true' }), 'Chosen route (numbered steps)');
  const collapsed = el('span', { class: 'item' },
    el('span', { class: 'swatch', style: 'border-style:dashed;border-color:#6b7280;background:#fff', 'aria-hidden': 'true' }),
    'Collapsed family: click to draw it');
  return [...tracks, ...moves, route, collapsed];
}
