// The route panel: a switch between alternative routes and, for the chosen one, every step with what
// it requires and why the move into it exists (its basis and the document line that says so).
import { detailOf } from './api.js';
import { changesView } from './changes.js';
import { el, gradesText, moveName, observedText, problemBox, requirementsText, sourceText } from './format.js';

export class RoutePanel {
  constructor(alternatives, steps, { onChoose, onClass }) {
    this.alternatives = alternatives;
    this.steps = steps;
    this.onChoose = onChoose;
    this.onClass = onClass;
    this.shown = null;
  }

  message(...content) {
    this.shown = null;
    this.alternatives.replaceChildren();
    this.steps.replaceChildren(...content);
  }

  problem(error) {
    const extra = [];
    const candidates = error.body.candidates || error.body.suggestions || [];
    if (candidates.length) {
      extra.push(el('p', {}, error.body.candidates ? 'Which one do you mean?' : 'Did you mean:'),
        el('ul', {}, candidates.map((c) => el('li', {}, `${c.title} (${c.agency}, ${c.family}), id `, el('code', {}, c.id)))));
    }
    this.message(problemBox(error), ...extra);
  }

  noRoute(answer) {
    this.message(el('p', { class: 'problem', role: 'alert' }, answer.reason || 'No route found.'));
  }

  /** Shows the alternatives of an /api/routes answer and the steps of routes[index]. */
  async show(answer, index) {
    if (this.shown !== answer) this.showAlternatives(answer, index);
    this.shown = answer;
    const route = answer.routes[index];
    const list = el('ol', { class: 'steps', id: 'step-list', 'aria-label': `Route ${index + 1}, ${route.moves} moves` },
      route.steps.map((s, i) => stepItem(s, i, this.onClass)));
    this.steps.replaceChildren(list);
    await Promise.all(route.steps.map((s, i) => fillRequirements(list.children[i], s.id)));
  }

  showAlternatives(answer, index) {
    const routes = answer.routes;
    const group = el('fieldset', { class: 'alternatives' }, el('legend', { class: 'visually-hidden' }, 'Alternative routes'),
      routes.map((r, i) => el('label', {},
        el('input', { type: 'radio', name: 'route', value: String(i), checked: i === index,
          onchange: () => this.onChoose(i) }),
        el('span', {}, `Route ${i + 1}: ${routeSummary(r)}`))));
    this.alternatives.replaceChildren(
      el('p', {}, `${routes.length === 1 ? 'One route' : `${routes.length} routes`} from `, el('strong', {}, answer.from.title),
        ' to ', el('strong', {}, answer.to.title), routes.length === 1 ? `: ${routeSummary(routes[0])}.` : '.'),
      routes.length > 1 ? group : '');
  }
}

function stepItem(step, i, onClass) {
  const why = i === 0
    ? el('p', { class: 'why' }, el('span', { class: 'move-kind' }, 'Starting point'), ': your class today.')
    : step.move === 'OBSERVED_MOVE'
      ? el('p', { class: 'why de-facto' }, el('span', { class: 'move-kind' }, moveName(step.move)), `: ${step.basis}.`)
      : el('p', { class: 'why' }, el('span', { class: 'move-kind' }, `${moveName(step.move)}`), `: ${step.basis || 'no basis recorded'} `,
        el('cite', {}, `(${sourceText(step.source)})`));
  const observed = i > 0 && step.observed && step.move !== 'OBSERVED_MOVE'
    ? el('p', { class: 'observed' }, `Recorded: ${observedText(step.observed)}.`) : '';
  return el('li', { 'data-id': step.id, 'data-move': step.move || '' },
    el('h3', {}, el('button', { type: 'button', class: 'link', onclick: () => onClass(step.id) }, step.title)),
    el('p', { class: 'meta' }, `${step.agency} · level ${step.level} · ${gradesText(step.grades)}`),
    why,
    observed,
    el('p', { class: 'requires' }, el('strong', {}, 'Requires: '), el('span', { class: 'requirement' }, '…')),
    step.eligibility ? eligibility(step.eligibility) : '',
    step.changes ? changesView(step.changes) : '');
}

/** "6 moves · about 14 years": the estimate appears when the server works one out for the person. */
function routeSummary(route) {
  const deFacto = route.steps.filter((s) => s.move === 'OBSERVED_MOVE').length;
  const travelled = route.travelled ? ` · travelled ${Math.round(route.travelled.score * 1000) / 10}%` : '';
  const moves = `${route.moves} move${route.moves === 1 ? '' : 's'}${deFacto ? ` (${deFacto} de facto)` : ''}${travelled}`;
  return route.estimatedYears === undefined || route.estimatedYears === null ? moves
    : `${moves} · about ${route.estimatedYears} year${route.estimatedYears === 1 ? '' : 's'} from now`;
}

function eligibility(e) {
  return [verdict(e), credentials(e)];
}

function verdict(e) {
  if (e.meetsNow === null || e.meetsNow === undefined) return el('p', { class: 'eligible' }, 'You: requirement not stated.');
  if (e.meetsNow) return el('p', { class: 'eligible yes' }, el('strong', {}, 'You: '), 'meet this now.');
  const when = e.earliestYear === null || e.earliestYear === undefined ? 'experience alone does not get there'
    : `earliest in about ${e.earliestYear} year${e.earliestYear === 1 ? '' : 's'}`;
  return el('p', { class: 'eligible no', title: e.explanation || '' }, el('strong', {}, 'You: '),
    `missing ${(e.missing || []).join('; ') || 'something'}; ${when}.`);
}

/** The certifications, licences and clearances the step's document states: the answer cannot check them. */
function credentials(e) {
  if (!e.credentials) return '';
  if (!e.notChecked || e.notChecked.length === 0) {
    return el('p', { class: 'credentials' }, 'Certifications and licences: not stated.');
  }
  return el('div', { class: 'credentials unchecked' },
    el('p', {}, el('strong', {}, 'Not checked, check them yourself: '), 'the certifications, licences and clearances stated'),
    el('ul', {}, e.notChecked.map((c) => el('li', {}, c.text, ' ', el('cite', {}, `(${sourceText(c.source)})`)))));
}

async function fillRequirements(item, id) {
  const slot = item.querySelector('.requirement');
  try {
    const detail = await detailOf(id);
    const req = detail.requirements;
    slot.textContent = requirementsText(req);
    if (req.text || (req.substitutions && req.substitutions.length)) {
      item.append(el('details', {}, el('summary', {}, 'As the specification words it'),
        req.text ? el('p', {}, req.text) : '',
        (req.substitutions || []).map((s) => el('p', {}, s)),
        el('cite', {}, sourceText(detail.provenance))));
    }
  } catch (e) {
    slot.textContent = `could not be read (${e.message})`;
  }
}
