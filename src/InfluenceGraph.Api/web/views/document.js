// #/document/<id>?start=..&length=.. — a source document with the quote a fact rests on highlighted,
// and beside it everything found in the document and, for an email, its thread.
// #/documents?q=… — the documents, newest first, or a full-text search over them.

import { api, canEdit, enc, nameOf, remember, rememberDocument, uploadDocument, whoAmI } from '../api.js';
import { clear, empty, failure, formatDocDate, formatTimestamp, h, href, KIND_LABEL, loading, showError } from '../ui.js';
import { docRow } from './search.js';
import { eventShortLabel } from '../graph.js';

export async function documentView(root, route, { signal }) {
  const id = route.arg;
  const start = route.query.has('start') ? Number(route.query.get('start')) : null;
  const length = route.query.has('length') ? Number(route.query.get('length')) : 0;

  const detailP = api(`api/documents/${enc(id)}`, { signal });
  const threadP = id.startsWith('email:') ? api(`api/documents/${enc(id)}/thread`, { signal }).catch(() => []) : Promise.resolve([]);

  const main = h('article', { class: 'doc-main', testid: 'document-view' }, loading('Loading the document…'));
  const aside = h('aside', { class: 'doc-aside' });
  root.append(h('div', { class: 'page wide doc-layout' }, main, aside));

  let detail;
  let thread;
  try {
    [detail, thread] = await Promise.all([detailP, threadP]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    main.replaceChildren(failure(error, error.status === 404 ? 'No such document.' : 'The document could not be loaded.'));
    throw error;
  }
  const doc = detail.document;
  rememberDocument({ id: doc.id, kind: doc.kind, title: doc.title, date: doc.date });
  for (const f of detail.facts) if (f.kind === 'Entity') remember(f.factId, f.label);
  document.title = `${doc.title || 'Document'} · InfluenceGraph`;

  const text = h('div', { class: `doc-text kind-${doc.kind.toLowerCase()}`, testid: 'document-text' });
  const note = h('div', { class: 'doc-selection' });
  clear(main, docHeader(doc), note, text);

  /** Highlights the quote around [s, s+len) and scrolls to it; null clears. */
  function select(s, len, { scroll = true } = {}) {
    const selection = s === null || Number.isNaN(s) ? null : locate(doc.text, detail.facts, s, len);
    renderText(text, doc.text, doc.redactions || [], selection);
    renderSelectionNote(note, selection);
    for (const row of aside.querySelectorAll('.fact')) row.classList.toggle('current', !!selection && row.dataset.spans.split(' ').includes(`${s}:${len}`));
    const mark = text.querySelector('mark');
    if (mark && scroll) requestAnimationFrame(() => mark.scrollIntoView({ block: 'center' }));
  }

  aside.append(factsPanel(detail.facts, (s, len) => {
    history.replaceState(null, '', href.document(id, s, len));
    select(s, len);
  }));
  if (thread.length > 1) aside.append(threadPanel(thread, id));
  select(start, length);
}

// ---------------------------------------------------------------- header

const RECORD_FIELDS = [['foia-request', 'FOIA request'], ['releasing-agency', 'Released by'], ['bates', 'Bates']];

/** The document's header. The text itself starts with its From/To or Title/Author lines, so they are not repeated here. */
function docHeader(doc) {
  const meta = doc.metadata || {};
  const record = RECORD_FIELDS.filter(([k]) => meta[k]);
  const byline = doc.kind === 'Email' ? meta.from : [meta.author, meta.source].filter(Boolean).join(', ');
  return h('header', { class: 'doc-head' },
    h('nav', { class: 'crumbs' }, h('a', { href: href.documents() }, 'Documents'), ' › ', doc.kind),
    h('h1', { testid: 'document-title' }, doc.title || doc.id),
    h('p', { class: 'doc-meta' },
      h('span', { class: `doc-kind kind-${doc.kind.toLowerCase()}` }, doc.kind),
      doc.date ? h('span', { title: doc.date }, doc.kind === 'Email' ? formatWrittenTime(doc.date) : formatDocDate(doc.date)) : null,
      byline ? h('span', { class: 'byline' }, byline) : null),
    record.length || doc.redactions?.length ? h('p', { class: 'doc-meta records' },
      record.map(([k, label]) => h('span', { class: 'record' }, `${label} `, h('b', {}, meta[k]))),
      doc.redactions?.length ? h('span', { class: 'record' }, h('span', { class: 'redaction' }, 'b'), ` ${doc.redactions.length} redaction${doc.redactions.length === 1 ? '' : 's'}`) : null) : null,
    h('p', { class: 'muted small origin' }, 'File ', h('code', {}, doc.origin || '—'), ' · id ', h('code', {}, doc.id)));
}

/** "2018-06-15T11:04:52-07:00" → "15 Jun 2018, 11:04 (UTC−07:00)": the time as the sender's clock had it. */
function formatWrittenTime(value) {
  const m = String(value).match(/^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/);
  if (!m) return formatTimestamp(value);
  const zone = !m[4] || m[4] === 'Z' || m[4] === '+00:00' ? 'UTC' : `UTC${m[4].replace('-', '−')}`;
  return `${formatDocDate(m[1])}, ${m[2]}:${m[3]} (${zone})`;
}

// ---------------------------------------------------------------- the text and the highlight

/**
 * The quote to highlight for the span [s, s+len): the sentence of the fact with that span (the API's
 * quote, found in the text around the span), else the span alone.
 */
function locate(text, facts, s, len) {
  const spanStart = Math.max(0, Math.min(s, text.length));
  const spanEnd = Math.max(spanStart, Math.min(s + (len || 0), text.length));
  const matching = facts.filter((f) => f.evidence.start === s && f.evidence.length === len);
  for (const f of matching) {
    const quote = f.evidence.quote || '';
    const at = text.indexOf(quote, Math.max(0, s - quote.length));
    if (quote && at >= 0 && at <= spanStart && at + quote.length >= spanEnd) {
      return { quoteStart: at, quoteEnd: at + quote.length, spanStart, spanEnd, facts: matching };
    }
  }
  return { quoteStart: spanStart, quoteEnd: spanEnd, spanStart, spanEnd, facts: matching };
}

function renderText(container, text, rawRedactions, sel) {
  // A redaction's length can run past its marker ("(b)(6)" with the comma and line breaks after it): keep to the marker.
  const redactions = rawRedactions.map((r) => (r.marker && text.startsWith(r.marker, r.start) ? { ...r, length: r.marker.length } : r));
  const cuts = new Set([0, text.length]);
  for (const r of redactions) { cuts.add(r.start); cuts.add(r.start + r.length); }
  if (sel) [sel.quoteStart, sel.quoteEnd, sel.spanStart, sel.spanEnd].forEach((c) => cuts.add(c));
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  let mark = null;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (a === b) continue;
    let node = document.createTextNode(text.slice(a, b));
    const redaction = redactions.find((r) => a >= r.start && b <= r.start + r.length);
    if (redaction) node = h('span', { class: 'redaction', title: `Withheld under FOIA exemption ${redaction.marker}` }, node);
    if (sel && a >= sel.spanStart && b <= sel.spanEnd && sel.spanEnd > sel.spanStart) node = h('b', { class: 'span', testid: 'span-highlight' }, node);
    if (sel && a >= sel.quoteStart && b <= sel.quoteEnd) {
      if (!mark) { mark = h('mark', { testid: 'quote-highlight', id: 'quote' }); out.push(mark); }
      mark.append(node);
    } else {
      out.push(node);
    }
  }
  container.replaceChildren(...out);
}

function renderSelectionNote(note, sel) {
  if (!sel) { note.replaceChildren(); note.hidden = true; return; }
  note.hidden = false;
  const labels = [...new Map(sel.facts.map((f) => [f.factId, f])).values()];
  clear(note,
    h('span', { class: 'swatch-mark', 'aria-hidden': 'true' }),
    labels.length
      ? [h('span', {}, 'Highlighted: the source of '), labels.map((f, i) => [i ? ', ' : '', factLink(f)])]
      : h('span', {}, 'Highlighted: the quoted passage.'),
    h('button', { type: 'button', class: 'link small', onclick: () => document.getElementById('quote')?.scrollIntoView({ block: 'center', behavior: 'smooth' }) }, 'Show it'));
}

// ---------------------------------------------------------------- facts found in the document

const RELATION_WORD = { 'works-for': 'works for', 'part-of': 'part of', offers: 'offers', 'follows-up': 'follows up', 'replies-to': 'replies to', forwards: 'forwards' };

/** What a fact is, as a kind: the API says Entity or Event, and Unknown for relations. */
function factKind(f) {
  if (f.kind === 'Entity' || f.kind === 'Event') return f.kind;
  return f.factId.includes('..') ? 'Relation' : f.kind;
}

/** "works-for:person:a..agency:b" → "A works for B". */
function relationText(factId) {
  const colon = factId.indexOf(':');
  const type = factId.slice(0, colon);
  const [source, target] = factId.slice(colon + 1).split('..');
  if (type === 'replies-to' || type === 'forwards') return `This email ${RELATION_WORD[type]} an earlier one`;
  return `${nameOf(source)} ${RELATION_WORD[type] || type} ${nameOf(target)}`;
}

function factLink(f) {
  const kind = factKind(f);
  if (kind === 'Entity') return h('a', { href: href.entity(f.factId) }, f.label);
  if (kind === 'Event') return h('a', { href: href.event(f.factId) }, eventShortLabel(f.factId, f.factId.split(':')[0]));
  return h('span', {}, relationText(f.factId));
}

function factsPanel(facts, onPick) {
  const groups = { Event: new Map(), Entity: new Map(), Relation: new Map() };
  for (const f of facts) {
    const kind = factKind(f);
    const group = groups[kind] || groups.Relation;
    if (!group.has(f.factId)) group.set(f.factId, { fact: f, spans: [] });
    const spans = group.get(f.factId).spans;
    if (!spans.some((e) => e.start === f.evidence.start && e.length === f.evidence.length)) spans.push(f.evidence);
  }
  const section = (title, map, label) => (map.size ? h('section', { class: 'fact-group' },
    h('h3', {}, title, ' ', h('span', { class: 'count' }, map.size)),
    h('ul', {}, [...map.values()].map(({ fact, spans }) => {
      let next = 0;
      const row = h('li', { class: 'fact', dataset: { spans: spans.map((e) => `${e.start}:${e.length}`).join(' ') }, testid: 'document-fact' },
        h('button', {
          type: 'button', class: 'fact-button', title: spans.length > 1 ? 'Click again for the next place it is found' : 'Show where it is found',
          onclick: () => { const e = spans[next % spans.length]; next += 1; onPick(e.start, e.length); },
        }, h('span', { class: `dot kind-${fact.factId.split(':')[0]}` }), h('span', { class: 'fact-label' }, label(fact)), spans.length > 1 ? h('span', { class: 'muted small' }, ` ×${spans.length}`) : null),
        h('a', { class: 'fact-open small', href: factKind(fact) === 'Event' ? href.event(fact.factId) : factKind(fact) === 'Entity' ? href.entity(fact.factId) : null, hidden: factKind(fact) === 'Relation' }, 'open'));
      return row;
    }))) : null);
  return h('div', { class: 'panel facts-panel' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Found in this document')),
    h('div', { class: 'panel-body' },
      facts.length ? [
        section('Events', groups.Event, (f) => `${KIND_LABEL[f.factId.split(':')[0]] || 'Event'}: ${f.label}`),
        section('People and organisations', groups.Entity, (f) => f.label),
        section('Relations', groups.Relation, (f) => relationText(f.factId)),
      ] : empty('Nothing was extracted from it.')));
}

function threadPanel(thread, currentId) {
  return h('div', { class: 'panel thread-panel', testid: 'thread' },
    h('header', { class: 'panel-head' }, h('h2', {}, 'Thread ', h('span', { class: 'count' }, thread.length)), h('span', { class: 'muted small' }, 'oldest first')),
    h('div', { class: 'panel-body' }, h('ol', { class: 'thread' }, thread.map((d) => h('li', { class: d.id === currentId ? 'current' : '' },
      h('a', { href: href.document(d.id), 'aria-current': d.id === currentId ? 'page' : null },
        h('span', { class: 'thread-from' }, (d.from || '').replace(/<[^>]*>/, '').trim() || 'Unknown sender'),
        h('span', { class: 'muted small' }, formatWrittenTime(d.date)),
        h('span', { class: 'thread-title small' }, d.title)))))));
}

// ---------------------------------------------------------------- the list

export async function documentsView(root, route, { signal }) {
  const q = (route.query.get('q') || '').trim();
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Words in the text, e.g. action items Rekognition', testid: 'documents-search-input', 'aria-label': 'Search the documents’ text' });
  const form = h('form', { class: 'filters', role: 'search' }, h('label', { class: 'field grow' }, h('span', {}, 'Full text'), input), h('button', { type: 'submit', class: 'primary' }, 'Search'));
  form.addEventListener('submit', (event) => { event.preventDefault(); location.hash = href.documents(input.value.trim()); });
  const list = h('div', { class: 'results', testid: 'documents' }, loading());

  async function load() {
    if (q) {
      const page = await api('api/documents/search', { params: { q, limit: 50 }, signal });
      page.items.forEach((hit) => rememberDocument(hit.document));
      list.replaceChildren(page.items.length
        ? h('ul', { class: 'doc-list' }, page.items.map((hit) => h('li', { class: 'doc-row', testid: 'document-row' },
          h('a', { href: href.document(hit.document.id) },
            h('span', { class: `doc-kind kind-${hit.document.kind.toLowerCase()}` }, hit.document.kind),
            h('span', { class: 'doc-title' }, hit.document.title || hit.document.id),
            h('span', { class: 'doc-date' }, formatDocDate(hit.document.date))),
          h('p', { class: 'snippet' }, snippet(hit.snippet)))))
        : empty(`No document contains “${q}”.`, 'Try fewer words, or a different spelling.'));
    } else {
      const page = await api('api/documents', { params: { limit: 200 }, signal });
      page.items.forEach(rememberDocument);
      list.replaceChildren(page.items.length ? h('ul', { class: 'doc-list' }, page.items.map(docRow)) : empty('No documents yet.'),
        page.total > page.items.length ? h('p', { class: 'muted small' }, `The newest ${page.items.length} of ${page.total}.`) : null);
    }
  }

  root.append(h('section', { class: 'page narrow' },
    h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, q ? `Documents mentioning “${q}”` : 'Documents'),
      h('p', { class: 'lede small' }, q ? 'All the words must appear; the last may be the start of a word.' : 'Articles and emails, newest first.')), form),
    q ? null : uploadPanel(() => load().catch(showError)),
    list));
  try {
    await load();
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    list.replaceChildren(failure(error, 'The documents could not be loaded.'));
    throw error;
  }
}

/** "…[Rekognition] [Video] can…" → the bracketed words marked. */
function snippet(text) {
  return String(text).split(/(\[[^\]]*\])/).map((part) => (part.startsWith('[') && part.endsWith(']') ? h('mark', { class: 'hit' }, part.slice(1, -1)) : part));
}

/** Editors add articles and FOIA emails here; each file is ingested and what was found in it is listed. */
function uploadPanel(onAdded) {
  const input = h('input', { type: 'file', multiple: true, accept: '.txt,.md,.html,.htm,.eml,.mbox', testid: 'upload-input', 'aria-label': 'Files to add' });
  const results = h('ul', { class: 'upload-results', testid: 'upload-results' });
  const button = h('button', { type: 'submit', class: 'primary', testid: 'upload-save' }, 'Add');
  const panel = h('details', { class: 'card upload', testid: 'upload', hidden: true },
    h('summary', {}, h('strong', {}, 'Add documents'), h('span', { class: 'muted small' }, ' articles (.txt .md .html) and emails (.eml .mbox), up to 16 MB each')),
    h('form', { class: 'upload-form', onsubmit: async (event) => {
      event.preventDefault();
      const files = [...input.files];
      if (!files.length) return;
      button.disabled = true;
      for (const file of files) {
        const row = h('li', {}, h('span', { class: 'spinner' }), ` ${file.name}`);
        results.prepend(row);
        try {
          const answer = await uploadDocument(file);
          row.replaceChildren(...(answer || []).map((d) => h('div', { class: 'upload-row' },
            h('span', { class: `outcome outcome-${String(d.outcome).toLowerCase()}` }, d.outcome === 'AlreadyStored' ? 'Already here' : 'Added'),
            h('a', { href: href.document(d.document.id) }, d.document.title || file.name),
            h('span', { class: 'muted small' }, [[d.entities.length, 'name'], [d.events.length, 'event'], [d.relations.length, 'relation']].map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`).join(' · ')))));
        } catch (error) {
          row.replaceChildren(h('span', { class: 'outcome outcome-failed' }, 'Refused'), ` ${file.name}: ${error.display || error.message}`);
          showError(error);
        }
      }
      button.disabled = false;
      input.value = '';
      onAdded();
    } }, input, button),
    results);
  whoAmI().then((who) => { panel.hidden = !canEdit(who); });
  return panel;
}
