// The one place the page talks to the InfluenceGraph API: the key, the review filter,
// problem details turned into readable errors, and a few small caches.

const KEY_STORAGE = 'influencegraph.apiKey';
const FILTER_STORAGE = 'influencegraph.reviewFilter';

/** An answer that was not 2xx, read from its RFC 7807 problem details. */
export class ApiError extends Error {
  constructor(status, title, detail, extra = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.parameter = extra.parameter ?? null;
    this.retryAfter = extra.retryAfter ?? null;
  }

  /** "403: your key is a reader key…" — what the error banner says. */
  get display() {
    if (this.status === 0) return this.detail;
    let text = this.detail || this.title || 'The request failed.';
    if (this.status === 401 && !this.detail) text = 'this needs an API key: enter an editor key with the Key button.';
    if (this.status === 403 && !this.detail) text = 'your key is a reader key; ask an admin for an editor key to review facts.';
    if (this.status === 429 && this.retryAfter && !/try again/i.test(text)) text += ` Try again in ${this.retryAfter} s.`;
    return `${this.status}: ${text}`;
  }
}

// ---------------------------------------------------------------- settings

export function getKey() {
  return localStorage.getItem(KEY_STORAGE) || '';
}

export function setKey(key) {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
  me = null;
}

/** 'confirmed' (only what may be published), 'default' (everything but rejected) or 'all'. */
export function getReviewFilter() {
  const value = localStorage.getItem(FILTER_STORAGE);
  return value === 'confirmed' || value === 'all' ? value : 'default';
}

export function setReviewFilter(value) {
  localStorage.setItem(FILTER_STORAGE, value);
}

let reviewApiPresent = true;

/** The value of the `review` query parameter for the current filter, or null for the server's default. */
export function reviewParam(filter = getReviewFilter()) {
  if (filter === 'confirmed') return 'confirmed';
  // A server without the review API rejects review=all; its default already shows everything it has.
  if (filter === 'all' && reviewApiPresent) return 'all';
  return null;
}

// ---------------------------------------------------------------- requests

function url(path, params) {
  const u = new URL(path.replace(/^\//, ''), document.baseURI);
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== null && value !== undefined && value !== '') u.searchParams.set(name, String(value));
  }
  return u;
}

/** Fetches JSON from the API; throws ApiError with the problem's detail on failure. */
export async function api(path, { method = 'GET', params, body, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const key = getKey();
  if (key) headers['X-Api-Key'] = key;
  const form = typeof FormData !== 'undefined' && body instanceof FormData;
  if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url(path, params), { method, headers, body: body === undefined || form ? body : JSON.stringify(body), signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Network error', 'The InfluenceGraph API cannot be reached. Is the server running?');
  }
  if (response.ok) return response.status === 204 ? null : response.json();
  let problem = {};
  try {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) problem = await response.json();
  } catch { /* not JSON: keep the status alone */ }
  // A server from before the review API knows review=confirmed but not review=all: ask for its default instead.
  if (response.status === 400 && problem.parameter === 'review' && params?.review === 'all') {
    reviewApiPresent = false;
    return api(path, { method, params: { ...params, review: null }, body, signal });
  }
  throw new ApiError(response.status, problem.title || response.statusText, problem.detail || '', {
    parameter: problem.parameter,
    retryAfter: response.headers.get('Retry-After'),
  });
}

export const enc = encodeURIComponent;

// ---------------------------------------------------------------- who am I

let me = null;

/**
 * The caller as the API sees the key: {name, role} for a known key, {role:null, reason} otherwise.
 * `available` is false while the server has no review API (GET /api/me answers 404).
 */
export async function whoAmI({ refresh = false } = {}) {
  if (me && !refresh) return me;
  // Without a key there is nobody to ask about (and a 401 would only add noise to the console).
  if (!getKey()) {
    me = Promise.resolve({ available: true, role: null, reason: 'No key' });
    return me;
  }
  me = (async () => {
    try {
      const answer = await api('api/me');
      reviewApiPresent = true;
      return { available: true, name: answer.name, role: answer.role };
    } catch (error) {
      if (error.status === 404) {
        reviewApiPresent = false;
        return { available: false, role: null, reason: 'This server has no review API yet.' };
      }
      if (error.status === 401) return { available: true, role: null, reason: getKey() ? 'Unknown key' : 'No key' };
      return { available: true, role: null, reason: error.display };
    }
  })();
  return me;
}

export function canEdit(who) {
  return who && (who.role === 'Editor' || who.role === 'Admin');
}

// ---------------------------------------------------------------- reviews

/** The review of a fact, whether the server sends the status alone ("Unreviewed") or the object. */
export function normaliseReview(review) {
  if (!review) return { status: 'Unreviewed', reviewer: null, at: null, note: null };
  if (typeof review === 'string') return { status: review, reviewer: null, at: null, note: null };
  return { status: review.status || 'Unreviewed', reviewer: review.reviewer ?? null, at: review.at ?? null, note: review.note ?? null };
}

export function putReview(factId, status, note) {
  const body = { status };
  if (note) body.note = note;
  return api(`api/review/${enc(factId)}`, { method: 'PUT', body });
}

export function getAudit(factId, limit = 20) {
  return api('api/audit', { params: { factId, limit } });
}

// ---------------------------------------------------------------- names and titles

/** Entity and event names seen in any answer, so ids elsewhere can be shown as names. */
export const names = new Map();

export function remember(id, name) {
  if (id && name && !names.has(id)) names.set(id, name);
}

/** A readable name for an id: one seen in an answer, or the id's slug in title case. */
export function nameOf(id) {
  if (names.has(id)) return names.get(id);
  const slug = String(id).split(':').slice(1).join(':') || String(id);
  return slug.split('-').map((w) => (w.length <= 3 && /^(of|the|and|for|to|at|in|on|a)$/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

const documentSummaries = new Map();
let documentList = null;

export function rememberDocument(summary) {
  if (summary?.id) documentSummaries.set(summary.id, summary);
}

/** Titles and dates of documents, loaded once (the newest 200), to label evidence by its document. */
export function loadDocumentSummaries() {
  if (!documentList) {
    documentList = api('api/documents', { params: { limit: 200 } })
      .then((page) => { page.items.forEach(rememberDocument); return page; })
      .catch(() => { documentList = null; return null; });
  }
  return documentList;
}

/** Uploads one file (.txt .md .html .eml .mbox) for ingest; answers what was extracted from each document in it. */
export function uploadDocument(file) {
  const form = new FormData();
  form.append('file', file, file.name);
  documentList = null; // the next evidence label may name the new document
  return api('api/documents', { method: 'POST', body: form });
}

export function documentSummary(id) {
  return documentSummaries.get(id) || null;
}
