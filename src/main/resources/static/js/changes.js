// What changes from one class to the next, as a route step shows it: education, years and supervision side
// by side, then what the class asks or states that the one before does not, each with its document line.
import { el, sourceText } from './format.js';

const SECTION_NAMES = {
  certifications: 'Certifications', licences: 'Licences', clearances: 'Clearances', supervision: 'Supervision',
  competencies: 'Competencies', knowledge: 'Knowledge and skills', responsibilities: 'Responsibilities',
  complexity: 'Complexity', impact: 'Impact',
};

/** A <details> block for a step's `changes`, open when something new is asked for beyond the work itself. */
export function changesView(changes) {
  const added = Object.entries(changes.added || {}).filter(([, items]) => items.length);
  const shared = Object.values(changes.shared || {}).reduce((n, items) => n + items.length, 0);
  const dropped = Object.entries(changes.dropped || {}).filter(([, items]) => items.length);
  const notStated = (changes.notStated && changes.notStated.to) || [];
  return el('details', { class: 'changes', open: added.some(([s]) => ['certifications', 'licences', 'clearances'].includes(s)) },
    el('summary', {}, 'What changes: ', headline(changes, added)),
    el('ul', { class: 'values' },
      valueItem('Education', changes.education), valueItem('Years of experience', changes.years),
      valueItem('Supervision exercised', changes.supervision)),
    added.map(([section, items]) => itemList(`New: ${SECTION_NAMES[section] || section}`, items, 'added')),
    dropped.length ? el('details', { class: 'dropped' },
      el('summary', {}, `Stated for the class before, not for this one (${dropped.reduce((n, [, i]) => n + i.length, 0)})`),
      dropped.map(([section, items]) => itemList(SECTION_NAMES[section] || section, items, 'dropped'))) : '',
    shared ? el('p', { class: 'shared' }, `${shared} statement${shared === 1 ? '' : 's'} the same in both.`) : '',
    notStated.length ? el('p', { class: 'not-stated' }, 'Not stated for this class: ',
      notStated.map((s) => (SECTION_NAMES[s] || s).toLowerCase()).join(', '), '.') : '');
}

function headline(changes, added) {
  const parts = [];
  for (const [name, c] of [['education', changes.education], ['years', changes.years], ['supervision', changes.supervision]]) {
    if (c && c.change !== 'same' && !(c.from === 'not stated' && c.to === 'not stated')) parts.push(`${name} ${c.from} → ${c.to}`);
  }
  const count = added.reduce((n, [, items]) => n + items.length, 0);
  if (count) parts.push(`${count} new statement${count === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' · ') : 'nothing the documents state';
}

function valueItem(label, change) {
  if (!change) return '';
  return el('li', { 'data-change': change.change }, `${label}: ${change.from} → ${change.to}`,
    change.change === 'same' ? ' (same)' : change.change === 'not stated' ? '' : ` (${change.change})`);
}

function itemList(title, items, kind) {
  return el('section', { class: kind },
    el('h4', {}, title),
    el('ul', {}, items.map((i) => el('li', {}, i.text, ' ',
      el('cite', {}, `(${sourceText(i.source)}${i.seriesWide ? ', stated for the whole series' : ''})`)))));
}
