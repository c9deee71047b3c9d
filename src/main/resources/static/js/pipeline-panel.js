// The HR pipeline view, shown only when the server offers the pipeline endpoints: the bottlenecks of
// the promotion graph, and a class's feeder pool. Without them the page simply leaves this view out.
import { api } from './api.js';
import { el, problemBox } from './format.js';

export class PipelinePanel {
  constructor(section, body, { onClass }) {
    this.section = section;
    this.body = body;
    this.onClass = onClass;
    this.available = false;
  }

  /** Asks for the bottlenecks once; a 404 means this server has no pipeline endpoints. */
  async probe() {
    try {
      const answer = await api.bottlenecks();
      this.available = true;
      this.section.hidden = false;
      const single = rows(answer, ['singlePointsOfFailure', 'singleFeeder', 'singleFeeders']);
      this.body.replaceChildren(el('div', {}, el('h3', {}, 'Bottlenecks'),
        el('p', { class: 'muted' }, 'Classes most routes to the top classes pass through, and targets fed by a single class.'),
        table(rows(answer, ['bottlenecks', 'classes', 'ranked']).slice(0, 10), this.onClass),
        single.length ? [el('h4', {}, 'Fed by a single class'), table(single, this.onClass)] : ''));
    } catch (e) {
      this.available = false;
      this.section.hidden = true;
    }
  }

  /** For the class panel: a button that loads the class's feeder pool, when the server can answer it. */
  feederView(c) {
    if (!this.available) return '';
    const slot = el('div', {});
    const button = el('button', { type: 'button', class: 'secondary', onclick: async () => {
      slot.replaceChildren(el('p', { class: 'muted' }, 'Loading the feeder pool…'));
      try {
        const answer = await api.feeders(c.id);
        slot.replaceChildren(table(rows(answer, ['feeders', 'classes']), this.onClass));
      } catch (e) {
        slot.replaceChildren(problemBox(e));
      }
    } }, 'Show who can fill this class');
    return el('section', {}, el('h3', {}, 'Feeder pool'), button, slot);
  }
}

/** The list in an answer: the answer itself, or its first array property among the names given. */
function rows(answer, names) {
  if (Array.isArray(answer)) return answer;
  for (const name of names) if (answer && Array.isArray(answer[name])) return answer[name];
  return [];
}

function table(items, onClass) {
  if (!items.length) return el('p', { class: 'muted' }, 'Nothing to show.');
  const columns = Object.keys(items[0]).filter((k) => k !== 'id' && k !== 'title' && typeof items[0][k] !== 'object');
  return el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Class'), columns.map((k) => el('th', { scope: 'col' }, words(k))))),
    el('tbody', {}, items.map((item) => el('tr', {},
      el('td', {}, item.id ? el('button', { type: 'button', class: 'link', onclick: () => onClass(item.id) }, item.title || item.id)
        : (item.title || '')),
      columns.map((k) => el('td', {}, formatValue(item[k])))))));
}

function words(key) {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function formatValue(v) {
  return typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : String(v ?? '');
}
