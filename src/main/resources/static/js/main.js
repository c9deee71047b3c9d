// The explorer page: wires the search boxes, the focus picker, the ladder drawing and the panels.
import { api, ApiProblem } from './api.js';
import { ClassCombobox } from './combobox.js';
import { ClassPanel } from './class-panel.js';
import { FocusPicker } from './focus.js';
import { el, problemBox } from './format.js';
import { legend, observedLegend } from './ladder-style.js';
import { LadderView } from './ladder-view.js';
import { PipelinePanel } from './pipeline-panel.js';
import { RoutePanel } from './route-panel.js';

const $ = (id) => document.getElementById(id);
let answer = null;
let routeIndex = 0;
let focus = null;

const view = new LadderView($('graph'), { onClass: openClass, onExpand: expandFamily });
const routePanel = new RoutePanel($('route-alternatives'), $('route-steps'), { onChoose: chooseRoute, onClass: openClass });
const pipeline = new PipelinePanel($('pipeline-panel'), $('pipeline-detail'), { onClass: openClass });
const classPanel = new ClassPanel($('class-panel'), $('class-detail'), {
  onClass: openClass, onFrom: (c) => fromBox.set(c), onTo: (c) => toBox.set(c), extras: (c) => pipeline.feederView(c),
});
const picker = new FocusPicker($('focus-agency'), $('focus-family'), { onFocus: (f) => draw(f).catch(showDrawProblem) });
const search = (q) => api.search(q, 8);
const fromBox = new ClassCombobox($('from-input'), $('from-list'), { search, onPick: () => {}, status: $('search-status') });
const toBox = new ClassCombobox($('to-input'), $('to-list'), { search, onPick: () => {}, status: $('search-status') });

/** Draws a focus: {agencies, families, include, ladders, agency (the one to put first)}. */
let drawing = 0;
async function draw(next) {
  const mine = ++drawing;
  const ladder = await api.ladder({ ...next, observed: $('show-observed').checked });
  if (mine !== drawing) return; // a newer focus was asked for meanwhile
  focus = next;
  view.draw(ladder, next.agency);
  $('legend').replaceChildren(...legend(), ...(ladder.observed ? observedLegend() : []));
  const families = new Set(ladder.classes.map((c) => c.familyId)).size;
  $('graph-status').textContent = `${ladder.classes.length} classes in ${families} famil${families === 1 ? 'y' : 'ies'} drawn`
    + (ladder.truncated ? ` (the first ${ladder.limit} of ${ladder.total}; choose a family to see the rest)` : '')
    + (ladder.collapsed.length ? `; ${ladder.collapsed.length} connected famil${ladder.collapsed.length === 1 ? 'y' : 'ies'} collapsed, click one to draw it.` : '.')
    + (ladder.observed ? ` ${observedSummary(ladder.observed)}` : '');
  const listed = [...ladder.classes].sort((a, b) => a.agency.localeCompare(b.agency) || a.family.localeCompare(b.family)
    || a.level - b.level || a.title.localeCompare(b.title));
  $('drawn-list').replaceChildren(...listed.map((c) => el('li', {},
    el('button', { type: 'button', class: 'link', onclick: () => openClass(c.id) }, c.title), ` (${c.agency}, level ${c.level})`)));
  if (answer && answer.routes.length) view.highlight(answer.routes[routeIndex].steps);
}

function observedSummary(links) {
  if (!links.length) return 'No recorded moves among these classes.';
  const people = links.reduce((sum, l) => sum + l.people, 0);
  const deFacto = links.filter((l) => l.deFacto);
  return `Recorded: ${people} people over ${links.length} moves, ${deFacto.length} of them de facto `
    + `(${deFacto.reduce((sum, l) => sum + l.people, 0)} people).`;
}

function showDrawProblem(e) {
  $('graph-status').replaceChildren(problemBox(e));
}

async function expandFamily(familyId) {
  const base = focus || {};
  const families = [...new Set([...(base.families || []), familyId])];
  await draw({ ...base, families }).catch(showDrawProblem);
}

async function openClass(id) {
  if (!view.has(id)) {
    const base = focus || {};
    await draw({ ...base, include: [...new Set([...(base.include || []), id])], ladders: true }).catch(showDrawProblem);
  }
  view.select(id);
  await classPanel.show(id);
}

async function findRoutes(event) {
  event.preventDefault();
  const from = fromBox.value();
  const to = toBox.value();
  if (!from || !to) {
    routePanel.message(el('p', { class: 'problem', role: 'alert' }, 'Choose both your class and the target class.'));
    return;
  }
  routePanel.message(el('p', { class: 'muted' }, 'Looking for routes…'));
  try {
    answer = await api.routes(from, to, 3, person());
  } catch (e) {
    answer = null;
    if (e instanceof ApiProblem) routePanel.problem(e); else routePanel.message(problemBox(e));
    return;
  }
  fromBox.set(answer.from);
  toBox.set(answer.to);
  history.replaceState(null, '', `?from=${encodeURIComponent(answer.from.id)}&to=${encodeURIComponent(answer.to.id)}`);
  routeIndex = 0;
  const ids = answer.routes.length ? answer.routes.flatMap((r) => r.steps.map((s) => s.id)) : [answer.from.id, answer.to.id];
  await picker.show(answer.from.agency);
  await draw({ include: [...new Set(ids)], ladders: true, agency: answer.from.agency }).catch(showDrawProblem);
  if (!answer.routes.length) {
    routePanel.noRoute(answer);
    return;
  }
  await chooseRoute(0);
}

function person() {
  const years = $('years').value;
  return { education: $('education').value, years: years === '' ? undefined : years, rank: $('rank').value,
    moves: $('use-observed').checked ? 'observed' : undefined };
}

async function chooseRoute(index) {
  routeIndex = index;
  view.highlight(answer.routes[index].steps);
  await routePanel.show(answer, index);
  $('graph').dataset.route = view.drawnRoute().join(' ');
}

async function start() {
  $('legend').replaceChildren(...legend());
  $('route-form').addEventListener('submit', (e) => findRoutes(e).catch((err) => routePanel.message(problemBox(err))));
  $('show-observed').addEventListener('change', () => { if (focus) draw(focus).catch(showDrawProblem); });
  await picker.load();
  pipeline.probe();
  const params = new URLSearchParams(location.search);
  if (params.get('from') && params.get('to')) {
    $('from-input').value = params.get('from');
    $('to-input').value = params.get('to');
    await findRoutes(new Event('submit'));
  } else {
    picker.start();
  }
}

window.careerGraph = { drawnRoute: () => view.drawnRoute(), cy: view.cy };
start().catch(showDrawProblem);
