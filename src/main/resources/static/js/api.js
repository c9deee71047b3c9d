// Calls the Career Graph REST API; errors arrive as RFC 9457 problem details and are thrown as ApiProblem.

export class ApiProblem extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || `The server answered ${status}.`);
    this.status = status;
    this.body = body || {};
  }
}

async function getJson(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    for (const v of [].concat(value)) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.append(name, v);
    }
  }
  const response = await fetch(url, { headers: { Accept: 'application/json, application/problem+json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) throw new ApiProblem(response.status, body);
  return body;
}

export const api = {
  search: (q, limit = 8) => getJson('api/classes', { q, limit }),
  detail: (id) => getJson(`api/classes/${encodeURIComponent(id)}`),
  /** person: {education, years, rank}, each optional; servers that do not know them ignore them. */
  routes: (from, to, k = 3, person = {}) => getJson('api/routes', { from, to, k, ...person }),
  agencies: () => getJson('api/graph/agencies'),
  families: (agency) => getJson(`api/graph/agencies/${encodeURIComponent(agency)}/families`),
  ladder: ({ agencies = [], families = [], include = [], ladders = false, limit, observed = false }) =>
    getJson('api/graph', { agency: agencies, family: families, include, ladders, limit, observed: observed || undefined }),
  feeders: (id, maxMoves = 6) => getJson(`api/classes/${encodeURIComponent(id)}/feeders`, { maxMoves }),
  bottlenecks: () => getJson('api/pipeline/bottlenecks'),
};

/** Class details, fetched once each. */
const details = new Map();
export function detailOf(id) {
  if (!details.has(id)) {
    details.set(id, api.detail(id).catch((e) => {
      details.delete(id);
      throw e;
    }));
  }
  return details.get(id);
}
