// Small building blocks shared by the views: elements, dates, chips, sources and review controls.
// Text from documents is untrusted, so everything goes in as text nodes, never as HTML.

import { ApiError, canEdit, documentSummary, enc, getAudit, nameOf, normaliseReview, putReview, whoAmI } from './api.js';

/** h('a', {href, class, dataset:{…}, onclick}, ...children) */
export function h(tag, attrs, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'testid') element.dataset.testid = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'text') element.textContent = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

// ---------------------------------------------------------------- routes

export const href = {
  search: (q) => `#/search${q ? `?q=${enc(q)}` : ''}`,
  entity: (id) => `#/entity/${enc(id)}`,
  event: (id) => `#/event/${enc(id)}`,
  meetings: (params = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return `#/meetings${query ? `?${query}` : ''}`;
  },
  document: (id, start, length) => `#/document/${enc(id)}${start !== undefined && start !== null ? `?start=${start}&length=${length}` : ''}`,
  documents: (q) => `#/documents${q ? `?q=${enc(q)}` : ''}`,
};

// ---------------------------------------------------------------- dates

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(iso) {
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  return { y, m, d };
}

/** An event date at its precision: "12 Jun 2018", "Jul 2018", "2018", "18–22 Jun 2018". */
export function formatEventDate(date) {
  if (!date) return 'Undated';
  const s = parts(date.start);
  const e = parts(date.end);
  switch (date.precision) {
    case 'Day': return `${s.d} ${MONTHS[s.m - 1]} ${s.y}`;
    case 'Month': return `${MONTHS[s.m - 1]} ${s.y}`;
    case 'Year': return `${s.y}`;
    case 'Range':
      if (s.y === e.y && s.m === e.m) return `${s.d}–${e.d} ${MONTHS[s.m - 1]} ${s.y}`;
      if (s.y === e.y) return `${s.d} ${MONTHS[s.m - 1]} – ${e.d} ${MONTHS[e.m - 1]} ${s.y}`;
      return `${s.d} ${MONTHS[s.m - 1]} ${s.y} – ${e.d} ${MONTHS[e.m - 1]} ${e.y}`;
    default: return date.iso || date.start;
  }
}

/** A date block for lists: the big day (or month) and the rest below. */
export function dateBlock(date) {
  if (!date) return h('div', { class: 'date-block undated' }, h('span', { class: 'date-big' }, '—'), h('span', { class: 'date-small' }, 'undated'));
  const s = parts(date.start);
  let big;
  let small;
  switch (date.precision) {
    case 'Day': big = String(s.d); small = `${MONTHS[s.m - 1]} ${s.y}`; break;
    case 'Month': big = MONTHS[s.m - 1]; small = String(s.y); break;
    case 'Year': big = String(s.y); small = 'year'; break;
    default: {
      const e = parts(date.end);
      big = s.m === e.m ? `${s.d}–${e.d}` : `${s.d} ${MONTHS[s.m - 1]}–`;
      small = `${MONTHS[e.m - 1]} ${e.y}`;
    }
  }
  return h('div', { class: `date-block precision-${String(date.precision).toLowerCase()}`, title: `${date.iso} · ${date.precision} precision · “${date.wording}”` },
    h('span', { class: 'date-big' }, big), h('span', { class: 'date-small' }, small));
}

/** A document's date: "15 Jun 2018". */
export function formatDocDate(value) {
  if (!value) return '';
  const { y, m, d } = parts(value);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function formatTimestamp(value) {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------- chips and labels

export const KIND_LABEL = {
  person: 'Person', agency: 'Agency', company: 'Company', organization: 'Organisation', product: 'Product',
  meeting: 'Meeting', call: 'Call', 'meeting-request': 'Meeting request', 'follow-up': 'Follow-up', publication: 'Publication',
  Person: 'Person', Agency: 'Agency', Company: 'Company', Organization: 'Organisation', Product: 'Product',
  Meeting: 'Meeting', Call: 'Call', MeetingRequest: 'Meeting request', FollowUp: 'Follow-up', Publication: 'Publication',
};

/** 'MeetingRequest' or 'meeting-request' → 'meeting-request' (the CSS class and id prefix). */
export function kindKey(kind) {
  return String(kind).replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/** "Homeland Security Investigations" → "HI": for the round badges beside names. */
export function initials(name) {
  const words = String(name).replace(/[^\p{L}\p{N} ]/gu, ' ').split(/\s+/).filter((w) => w && !/^(of|the|and|for|u|s)$/i.test(w));
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] || '?').slice(0, 2)).toUpperCase();
}

export function kindChip(kind) {
  return h('span', { class: `kind-chip kind-${kindKey(kind)}` }, KIND_LABEL[kind] || kind);
}

export function statusChip(status) {
  return h('span', { class: `status-chip status-${String(status).toLowerCase()}` }, status);
}

const ROLE_LABEL = { Attendee: 'attendee', Organiser: 'organiser', Sender: 'sender', Recipient: 'recipient', RepresentedOrganisation: 'organisation' };

/** A link to an entity, with a dot in its kind's colour. */
export function entityLink(id, name, extra) {
  const type = String(id).split(':')[0];
  return h('a', { class: `entity-link kind-${type}`, href: href.entity(id), title: id }, h('span', { class: 'dot' }), name || nameOf(id), extra ? h('span', { class: 'muted' }, ` ${extra}`) : null);
}

/** The participants of an event, people first, each with their role. */
export function participantList(participants, { skip } = {}) {
  const sorted = [...(participants || [])]
    .filter((p) => p.entityId !== skip)
    .sort((a, b) => (a.role === 'RepresentedOrganisation') - (b.role === 'RepresentedOrganisation'));
  if (!sorted.length) return null;
  return h('div', { class: 'participants' }, sorted.map((p) => entityLink(p.entityId, null, p.role === 'RepresentedOrganisation' ? null : ROLE_LABEL[p.role] || p.role)));
}

// ---------------------------------------------------------------- sources

/** A quote with the matched words in bold, cut to `max` characters around them. */
export function quoteWithSpan(evidence, text) {
  const quote = evidence.quote || '';
  // Where the span sits in the quote, from the document's text when we have it, else by searching.
  let at = -1;
  if (text) {
    const from = text.indexOf(quote, Math.max(0, evidence.start - quote.length));
    if (from >= 0 && from <= evidence.start) at = evidence.start - from;
  }
  if (at < 0) return h('q', { class: 'quote' }, quote);
  return h('q', { class: 'quote' }, quote.slice(0, at), h('b', {}, quote.slice(at, at + evidence.length)), quote.slice(at + evidence.length));
}

function documentLabel(documentId) {
  const summary = documentSummary(documentId);
  const kind = documentId.startsWith('email:') ? 'Email' : documentId.startsWith('article:') ? 'Article' : 'Document';
  if (!summary) return [h('span', { class: 'doc-kind' }, kind)];
  return [h('span', { class: 'doc-kind' }, kind), h('span', { class: 'doc-title' }, summary.title || documentId), summary.date ? h('span', { class: 'doc-date' }, formatDocDate(summary.date)) : null];
}

/** One source: the quote, and a link to its document with the quote highlighted. `quiet` leaves out a quote already shown above it. */
export function sourceItem(evidence, quiet = false) {
  return h('li', { class: `source${quiet ? ' quiet' : ''}`, testid: 'source' },
    h('a', { class: 'source-link', href: href.document(evidence.documentId, evidence.start, evidence.length), testid: 'source-link', title: quiet ? `“${evidence.quote}”` : null },
      h('span', { class: 'source-doc' }, quiet ? h('span', { class: 'source-label' }, 'Source') : null, documentLabel(evidence.documentId)),
      quiet ? null : h('span', { class: 'source-quote' }, `“${evidence.quote}”`)));
}

/** The sources of a fact: the first one shown, the rest behind a disclosure. Repeated quotes from copies of an email count once. */
export function sourceList(evidence, { open = 1, shown = null } = {}) {
  if (!evidence?.length) return h('p', { class: 'muted small' }, 'No source quoted.');
  const seen = new Set();
  const unique = evidence.filter((e) => {
    const key = `${e.documentId}|${e.start}|${e.length}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const first = unique.slice(0, open);
  const rest = unique.slice(open);
  const documents = new Set(unique.map((e) => e.documentId)).size;
  return h('div', { class: 'sources' },
    h('ul', { class: 'source-list' }, first.map((e) => sourceItem(e, !!shown && e.quote?.trim() === shown.trim()))),
    rest.length ? h('details', { class: 'more-sources' },
      h('summary', {}, `${rest.length} more source${rest.length === 1 ? '' : 's'} · ${documents} document${documents === 1 ? '' : 's'}`),
      h('ul', { class: 'source-list' }, rest.map((e) => sourceItem(e)))) : null);
}

// ---------------------------------------------------------------- states

export function loading(text = 'Loading…') {
  return h('div', { class: 'state state-loading', testid: 'loading', role: 'status' }, h('span', { class: 'spinner' }), text);
}

export function empty(title, hint) {
  return h('div', { class: 'state state-empty', testid: 'empty' }, h('strong', {}, title), hint ? h('p', {}, hint) : null);
}

export function failure(error, what) {
  const message = error instanceof ApiError ? error.display : String(error?.message || error);
  return h('div', { class: 'state state-error', testid: 'view-error', role: 'alert' }, h('strong', {}, what), h('p', {}, message));
}

// ---------------------------------------------------------------- error banner

let bannerTimer = null;

/** Shows an error (an ApiError's "status: detail", or any message) in the banner under the top bar. */
export function showError(error) {
  if (error?.name === 'AbortError') return;
  const banner = document.getElementById('error-banner');
  const text = banner.querySelector('.banner-text');
  text.textContent = error instanceof ApiError ? error.display : String(error?.message || error);
  banner.hidden = false;
  clearTimeout(bannerTimer);
  if (error instanceof ApiError && error.status === 429) bannerTimer = setTimeout(hideError, 15000);
}

export function hideError() {
  const banner = document.getElementById('error-banner');
  if (banner) banner.hidden = true;
}

export function toast(message) {
  const region = document.getElementById('toast');
  const item = h('div', { class: 'toast-item', role: 'status', testid: 'toast' }, message);
  region.append(item);
  while (region.children.length > 3) region.firstElementChild.remove();
  setTimeout(() => item.classList.add('leaving'), 2400);
  setTimeout(() => item.remove(), 2800);
}

// ---------------------------------------------------------------- review

const STATUS_HELP = {
  Unreviewed: 'Not checked by an editor yet',
  Confirmed: 'Checked against the source: may be published',
  Disputed: 'An editor questions this fact',
  Rejected: 'An editor found this fact wrong',
};

export function reviewBadge(review) {
  const r = normaliseReview(review);
  const by = r.reviewer ? ` by ${r.reviewer}${r.at ? `, ${formatTimestamp(r.at)}` : ''}` : '';
  const note = r.note ? `\nNote: ${r.note}` : '';
  return h('span', { class: `review-badge review-${r.status.toLowerCase()}`, testid: 'review-badge', dataset: { status: r.status }, title: `${STATUS_HELP[r.status] || r.status}${by}${note}` }, r.status);
}

const ACTIONS = [
  { status: 'Confirmed', label: 'Confirm', testid: 'review-confirm', icon: '✓' },
  { status: 'Disputed', label: 'Dispute', testid: 'review-dispute', icon: '?' },
  { status: 'Rejected', label: 'Reject', testid: 'review-reject', icon: '✕' },
];

/** Marks every copy of a fact on the page (a meeting can be on a card and in a side list at once). */
function applyReview(factId, review) {
  const r = normaliseReview(review);
  for (const bar of document.querySelectorAll(`.review-bar[data-for="${CSS.escape(factId)}"]`)) {
    bar.querySelector('.review-badge')?.replaceWith(reviewBadge(r));
    bar.querySelector('.review-meta')?.replaceWith(reviewMeta(r));
    for (const button of bar.querySelectorAll('.review-action')) button.setAttribute('aria-pressed', String(button.dataset.status === r.status));
    const item = bar.closest(`[data-fact-id="${CSS.escape(factId)}"]`);
    if (item) item.dataset.review = r.status;
  }
}

function reviewMeta(r) {
  if (!r.reviewer && !r.note) return h('span', { class: 'review-meta' });
  return h('span', { class: 'review-meta', testid: 'review-meta' },
    r.reviewer ? `${r.reviewer}${r.at ? ` · ${formatTimestamp(r.at)}` : ''}` : null,
    r.note ? h('span', { class: 'review-note-text', title: r.note }, ` — ${r.note}`) : null);
}

/**
 * The review bar of one fact: its status badge, and for everyone the confirm / dispute / reject
 * buttons (a reader or a missing key gets the API's 401/403 explained in the banner), a note and the history.
 */
export function reviewBar(factId, review, { compact = false } = {}) {
  const r = normaliseReview(review);
  const bar = h('div', { class: `review-bar${compact ? ' compact' : ''}`, dataset: { for: factId }, testid: 'review-bar' });
  const note = h('input', { class: 'review-note', type: 'text', placeholder: 'Note for the record (optional), e.g. checked against FOIA p. 12', testid: 'review-note', hidden: true, maxlength: 500 });
  const history = h('div', { class: 'review-history', hidden: true, testid: 'review-history-list' });

  async function act(status, button) {
    if (bar.classList.contains('busy')) return;
    bar.classList.add('busy');
    button.setAttribute('aria-busy', 'true');
    try {
      const answer = await putReview(factId, status, note.value.trim());
      applyReview(answer?.factId || factId, answer?.review ?? { status });
      note.value = '';
      note.hidden = true;
      if (!history.hidden) await showHistory(true);
      toast(`${status === 'Disputed' ? 'Marked as disputed' : status}. Saved to the audit log.`);
    } catch (error) {
      showError(error);
    } finally {
      bar.classList.remove('busy');
      button.removeAttribute('aria-busy');
    }
  }

  async function showHistory(refresh = false) {
    if (!history.hidden && !refresh) { history.hidden = true; return; }
    history.hidden = false;
    clear(history, h('span', { class: 'muted small' }, 'Loading history…'));
    try {
      const page = await getAudit(factId);
      const items = page?.items || [];
      clear(history, items.length
        ? h('ol', { class: 'audit-list' }, items.map(auditItem))
        : h('span', { class: 'muted small' }, 'No review recorded yet.'));
    } catch (error) {
      history.hidden = true;
      showError(error);
    }
  }

  const actions = h('div', { class: 'review-actions' },
    ACTIONS.map((a) => {
      const button = h('button', {
        type: 'button', class: `review-action action-${a.status.toLowerCase()}`, testid: a.testid, dataset: { status: a.status },
        'aria-pressed': String(r.status === a.status), title: `${a.label} this fact`,
      }, h('span', { class: 'icon', 'aria-hidden': 'true' }, a.icon), a.label);
      button.addEventListener('click', () => act(a.status, button));
      return button;
    }),
    h('button', { type: 'button', class: 'review-link', testid: 'review-note-toggle', title: 'Add a note to the next review', onclick: () => { note.hidden = !note.hidden; if (!note.hidden) note.focus(); } }, 'Note'),
    h('button', { type: 'button', class: 'review-link', testid: 'review-history', title: 'Who reviewed this, when, and why', onclick: () => showHistory() }, 'History'));

  note.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') { note.value = ''; note.hidden = true; }
  });

  bar.append(reviewBadge(r), reviewMeta(r), actions, note, history);
  // Readers see the buttons dimmed; clicking still asks the server, which explains what is missing.
  whoAmI().then((who) => bar.classList.toggle('locked', !canEdit(who)));
  return bar;
}

/** An audit entry's before/after: JSON text from the store ({"status":…} for a review, {"name","kind"} for a correction, {"id","name"} for a merge). */
function auditValue(value) {
  if (value === null || value === undefined || value === '') return '—';
  let v = value;
  if (typeof v === 'string') {
    try { v = JSON.parse(v); } catch { return v; }
  }
  if (typeof v !== 'object' || v === null) return String(v);
  if (v.status) return v.status;
  const parts = [v.name, v.kind, v.id && v.id !== v.name ? v.id : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : JSON.stringify(v);
}

const AUDIT_ACTION = { review: '', correct: 'Corrected: ', merge: 'Merged: ', split: 'Split: ' };

function auditItem(entry) {
  const action = entry.action in AUDIT_ACTION ? AUDIT_ACTION[entry.action] : `${entry.action}: `;
  return h('li', { class: 'audit-item', testid: 'audit-item' },
    h('span', { class: 'audit-when' }, formatTimestamp(entry.at)),
    h('span', { class: 'audit-who' }, entry.actor || 'unknown'),
    h('span', { class: 'audit-what' }, action, `${auditValue(entry.before)} → ${auditValue(entry.after)}`),
    entry.note ? h('span', { class: 'audit-note' }, `“${entry.note}”`) : null);
}
