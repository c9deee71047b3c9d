// The class panel: one class with its grades, requirements, provenance and the moves out of and into it.
import { detailOf } from './api.js';
import { el, gradesText, MOVES, problemBox, requirementsText, sourceText, tracksText } from './format.js';

export class ClassPanel {
  constructor(section, body, { onClass, onFrom, onTo, extras }) {
    this.section = section;
    this.body = body;
    this.onClass = onClass;
    this.onFrom = onFrom;
    this.onTo = onTo;
    this.extras = extras; // optional: adds more to the panel, e.g. the feeder pool
    this.current = null;
  }

  async show(id) {
    this.current = id;
    this.section.hidden = false;
    this.body.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
    let c;
    try {
      c = await detailOf(id);
    } catch (e) {
      this.body.replaceChildren(problemBox(e));
      return;
    }
    if (this.current !== id) return;
    const req = c.requirements;
    this.body.replaceChildren(
      el('h3', { id: 'class-title' }, c.title),
      el('p', { class: 'muted' }, `${c.agencyName || c.agency} · ${c.family}`),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Pay'), el('dd', {}, gradesText(c.grades)),
        el('dt', {}, 'Level of work'), el('dd', {}, String(c.level)),
        el('dt', {}, 'Track'), el('dd', {}, tracksText(c.tracks) + (c.supervises ? '; supervises' : '')),
        c.code ? [el('dt', {}, 'Class code'), el('dd', {}, c.code)] : '',
        el('dt', {}, 'Requires'), el('dd', {}, requirementsText(req)),
        el('dt', {}, 'Source'), el('dd', {}, sourceText(c.provenance))),
      el('div', { class: 'actions' },
        el('button', { type: 'button', class: 'secondary', onclick: () => this.onFrom(c) }, 'Start from this class'),
        el('button', { type: 'button', class: 'secondary', onclick: () => this.onTo(c) }, 'Aim for this class')),
      c.summary ? el('details', {}, el('summary', {}, 'What the work is'), el('p', {}, c.summary)) : '',
      req.text ? el('details', {}, el('summary', {}, 'Minimum qualifications, as written'), el('p', {}, req.text),
        (req.substitutions || []).map((s) => el('p', {}, s))) : '',
      el('h3', {}, 'Next moves'),
      moveList(c.movesOut, this.onClass, 'No move leads on from this class.'),
      el('details', {}, el('summary', {}, `Moves into this class (${c.movesIn.length})`),
        moveList(c.movesIn, this.onClass, 'No move leads into this class.')),
      this.extras ? this.extras(c) : '');
    this.section.focus({ preventScroll: true });
  }
}

function moveList(moves, onClass, empty) {
  if (!moves.length) return el('p', { class: 'muted' }, empty);
  const groups = Object.keys(MOVES).map((type) => [type, moves.filter((m) => m.type === type)])
    .filter(([, list]) => list.length);
  return el('div', {}, groups.map(([type, list]) => [
    el('h4', {}, MOVES[type].plural),
    el('ul', { class: 'moves' }, list.sort((a, b) => a.level - b.level || a.title.localeCompare(b.title)).map((m) => el('li', {},
      el('button', { type: 'button', class: 'link', onclick: () => onClass(m.id) }, m.title),
      ` (${m.agency}, level ${m.level})`,
      el('br'), el('span', { class: 'muted' }, m.basis || ''),
      m.confidence !== null && m.confidence !== undefined ? el('span', { class: 'muted' }, ` — confidence ${m.confidence}`) : '',
      ' ', el('cite', {}, `(${sourceText(m.source)})`)))),
  ]));
}
