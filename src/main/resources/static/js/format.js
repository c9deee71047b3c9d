// Small helpers shared by the panels: building DOM safely and saying moves, grades and requirements in words.

/** el('p', {class: 'x'}, 'text', child) – children are strings or nodes; strings never become HTML. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const MOVES = {
  PROMOTES_TO: { name: 'Promotion', plural: 'Promotions', line: 'solid' },
  SAME_GRADE: { name: 'Same-grade move', plural: 'Same-grade moves', line: 'dashed' },
  PEER_OF: { name: 'Peer move to another agency', plural: 'Peer classes in other agencies', line: 'dotted' },
  OBSERVED_MOVE: { name: 'De facto move (observed, not in the documents)', plural: 'De facto moves', line: 'dashed' },
};

/** "7 people made this move (2022–2024)" from a step's or move's recorded counts. */
export function observedText(observed) {
  if (!observed) return '';
  const years = observed.years || [];
  const span = years.length === 0 ? '' : years[0] === years[years.length - 1] ? ` in ${years[0]}`
    : ` in ${years[0]}–${years[years.length - 1]}`;
  return `${observed.people} ${observed.people === 1 ? 'person' : 'people'} made this move${span}`;
}

export function moveName(type) {
  return (MOVES[type] && MOVES[type].name) || type;
}

export function gradesText(grades) {
  if (!grades || grades.length === 0) return 'pay grade not stated';
  return (grades.length === 1 ? 'grade ' : 'grades ') + grades.join(', ');
}

export function tracksText(tracks) {
  if (!tracks || tracks.length === 0) return 'no track stated';
  return tracks.length > 1 ? 'technical and management tracks' : `${tracks[0].toLowerCase()} track`;
}

export function sourceText(source) {
  if (!source || !source.file) return 'source not recorded';
  return source.line ? `${source.file}, line ${source.line}` : source.file;
}

/** "Bachelor's degree and 4 years of experience; …" from a class's requirements. */
export function requirementsText(req) {
  if (!req) return 'not stated';
  const parts = [];
  if (req.education && req.education !== 'not stated') parts.push(educationName(req.education));
  if (req.years !== null && req.years !== undefined) {
    parts.push(req.years === 0 ? 'no experience required' : `${req.years} year${req.years === 1 ? '' : 's'} of experience`);
  }
  if (req.condition) parts.push(req.condition);
  return parts.length ? parts.join('; ') : 'not stated';
}

function educationName(level) {
  const names = {
    'none': 'no formal education', 'high-school': 'high-school diploma', 'associate': "associate's degree",
    'bachelor': "bachelor's degree", 'master': "master's degree", 'doctorate': 'doctorate',
  };
  return names[level] || level;
}

export function problemBox(error) {
  const box = el('div', { class: 'problem', role: 'alert' }, el('p', {}, error.message));
  return box;
}
