// #/entity/<id>?depth=2 — one entity: its network as a graph beside its timeline, then its roles,
// relations and the documents that name it. The requests go out together; each part fills in as it lands.

import { api, canEdit, enc, loadDocumentSummaries, nameOf, remember, rememberDocument, reviewParam, whoAmI } from '../api.js';
import { drawGraph, fit, legend, loadCytoscape } from '../graph.js';
import {
  clear, dateBlock, empty, entityLink, failure, formatDocDate, h, href, initials, kindChip, kindKey, loading,
  participantList, reviewBar, showError, sourceList, statusChip, toast, KIND_LABEL,
} from '../ui.js';

/** Nodes per depth: enough for a reporter to read, few enough to lay out at once. */
const MAX_NODES = { 1: 80, 2: 150, 3: 250 };

export async function entityView(root, route, { signal }) {
  const id = route.arg;
  const depth = clampDepth(route.query.get('depth'));
  const review = reviewParam();

  const profileP = api(`api/entities/${enc(id)}`, { params: { review }, signal });
  const timelineP = api('api/timeline', { params: { entity: id, limit: 200, review }, signal });
  const graphP = fetchGraph(id, depth, signal);
  const titlesP = loadDocumentSummaries();
  loadCytoscape().catch(() => {}); // fetched alongside the data, not after it

  const head = h('section', { class: 'entity-head' }, loading('Loading the entity…'));
  const graphPanel = h('section', { class: 'panel graph-panel', 'aria-label': 'Network' });
  const timelinePanel = h('section', { class: 'panel timeline-panel', 'aria-label': 'Timeline', testid: 'timeline' });
  const lower = h('div', { class: 'entity-lower' });
  root.append(h('div', { class: 'page wide' }, head, h('div', { class: 'entity-grid' }, graphPanel, timelinePanel), lower));

  // The graph's labels name the participants of the timeline's events.
  const graphDone = graphP.then((g) => { g.nodes.forEach((n) => remember(n.id, n.label)); return g; });
  // If the entity itself fails, nobody waits for these: mark their failures as seen.
  timelineP.catch(() => {});
  graphDone.catch(() => {});

  let profile;
  try {
    profile = await profileP;
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    head.replaceChildren(failure(error, error.status === 404 ? 'No such entity.' : 'The entity could not be loaded.'),
      h('p', {}, h('a', { href: href.search(nameOf(id)) }, `Search for “${nameOf(id)}” instead →`)));
    graphPanel.remove();
    timelinePanel.remove();
    throw error;
  }
  remember(profile.id, profile.name);
  profile.documents.forEach((m) => rememberDocument(m.document));
  document.title = `${profile.name} · InfluenceGraph`;
  renderHead(head, profile, depth);

  await Promise.all([
    renderGraph(graphPanel, id, depth, graphDone, signal),
    renderTimeline(timelinePanel, id, timelineP, graphDone, titlesP),
    renderLower(lower, profile, graphDone, titlesP),
  ]);
}

function clampDepth(value) {
  const n = Number(value);
  return n >= 1 && n <= 3 ? Math.floor(n) : 2;
}

function fetchGraph(id, depth, signal) {
  return api(`api/entities/${enc(id)}/neighbourhood`, { params: { depth, maxNodes: MAX_NODES[depth], review: reviewParam() }, signal });
}

// ---------------------------------------------------------------- header

function renderHead(head, p, depth) {
  const type = kindKey(p.kind);
  const meetingsLink = p.kind === 'Agency' ? href.meetings({ agency: p.id }) : p.kind === 'Company' ? href.meetings({ vendor: p.id }) : null;
  const review = reviewParam();
  // The export holds what the page shows: same depth, same review filter.
  const exportBase = `api/export/%F?entity=${enc(p.id)}&depth=${depth}${review ? `&review=${review}` : ''}`;
  clear(head,
    h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: href.search(p.aliases?.[0] || p.name) }, 'Search'), ' › ', KIND_LABEL[p.kind] || p.kind),
    h('div', { class: 'entity-title' },
      h('span', { class: `avatar large kind-${type}`, 'aria-hidden': 'true' }, initials(p.name)),
      h('div', {},
        h('h1', { testid: 'entity-name' }, p.name, ' ', kindChip(p.kind)),
        h('p', { class: 'entity-sub' },
          p.aliases?.length ? h('span', { class: 'aliases' }, 'Also ', p.aliases.map((a, i) => [i ? ', ' : '', h('span', { class: 'alias' }, a)])) : null,
          h('span', { class: 'stats' },
            stat(p.documentCount, 'document'), stat(p.mentionCount, 'mention'), stat(p.roleCount, p.kind === 'Person' ? 'role' : 'staff link'), stat(p.relationCount, 'relation')))),
      h('div', { class: 'entity-actions' },
        meetingsLink ? h('a', { class: 'button primary', href: meetingsLink, testid: 'entity-meetings-link' }, p.kind === 'Agency' ? 'Vendor meetings with this agency' : 'This vendor’s agency meetings') : null,
        h('details', { class: 'menu' }, h('summary', { class: 'button' }, 'Export'),
          h('div', { class: 'menu-items' },
            [['cytoscape', 'Cytoscape.js (.cyjs)'], ['gexf', 'Gephi (.gexf)'], ['graphml', 'GraphML'], ['ftm', 'FollowTheMoney'], ['csv-nodes', 'Nodes (.csv)'], ['csv-edges', 'Edges (.csv)']]
              .map(([f, label]) => h('a', { class: 'export-link', href: exportBase.replace('%F', f), download: '', testid: `export-${f}` }, label)))))),
    h('div', { class: 'entity-review', dataset: { factId: p.id } }, h('span', { class: 'label' }, 'Entity'), reviewBar(p.id, p.review, { compact: true }),
      p.mergeReasons?.length ? h('details', { class: 'why' }, h('summary', {}, `Why these names are one entity (${p.mergeReasons.length})`),
        h('ul', {}, p.mergeReasons.map((r) => h('li', {}, r)))) : null,
      editorTools(p)));
}

function stat(n, noun) {
  return h('span', { class: 'stat' }, h('b', {}, n), ` ${noun}${n === 1 ? '' : 's'}`);
}

/** Rename or re-kind, merge a duplicate in, split a merged one out: shown to editors only. */
function editorTools(p) {
  const box = h('details', { class: 'why editor-tools', testid: 'editor-tools', hidden: true },
    h('summary', {}, 'Editor tools'));
  whoAmI().then((who) => { box.hidden = !canEdit(who); });

  const name = h('input', { type: 'text', value: p.name, 'aria-label': 'Name', testid: 'entity-rename-input' });
  const kind = h('select', { 'aria-label': 'Kind', testid: 'entity-kind-select' },
    ['Person', 'Agency', 'Company', 'Organization', 'Product'].map((k) => h('option', { value: k, selected: k === p.kind }, KIND_LABEL[k])));
  const duplicate = h('input', { type: 'text', placeholder: 'Id of the duplicate, e.g. agency:ice', 'aria-label': 'Duplicate id', testid: 'entity-merge-input' });
  const merged = h('input', { type: 'text', placeholder: 'Id of the entity merged in', 'aria-label': 'Merged id', testid: 'entity-split-input' });

  async function run(what, call) {
    try {
      const answer = await call();
      toast(`${what}: saved to the audit log`);
      const next = answer?.id && answer.id !== p.id ? answer.id : p.id;
      if (location.hash === href.entity(next)) window.dispatchEvent(new HashChangeEvent('hashchange'));
      else location.hash = href.entity(next);
    } catch (error) {
      showError(error);
    }
  }

  box.append(
    h('form', { class: 'tool-row', onsubmit: (e) => { e.preventDefault(); run('Renamed', () => api(`api/entities/${enc(p.id)}`, { method: 'PATCH', body: { name: name.value.trim(), kind: kind.value } })); } },
      h('span', { class: 'tool-label' }, 'Name and kind'), name, kind, h('button', { type: 'submit', testid: 'entity-rename-save' }, 'Save')),
    h('form', { class: 'tool-row', onsubmit: (e) => { e.preventDefault(); if (duplicate.value.trim()) run('Merged', () => api(`api/entities/${enc(p.id)}/merge`, { method: 'POST', body: { duplicateId: duplicate.value.trim() } })); } },
      h('span', { class: 'tool-label' }, 'Merge a duplicate into this'), duplicate, h('button', { type: 'submit', testid: 'entity-merge-save' }, 'Merge')),
    h('form', { class: 'tool-row', onsubmit: (e) => { e.preventDefault(); if (merged.value.trim()) run('Split', () => api(`api/entities/${enc(p.id)}/split`, { method: 'POST', body: { mergedId: merged.value.trim() } })); } },
      h('span', { class: 'tool-label' }, 'Split a merged entity out'), merged, h('button', { type: 'submit', testid: 'entity-split-save' }, 'Split')));
  return box;
}

// ---------------------------------------------------------------- graph

async function renderGraph(panel, id, depth, graphP, signal) {
  const canvas = h('div', { class: 'graph-canvas', testid: 'graph' });
  const info = h('span', { class: 'graph-info count', testid: 'graph-info' });
  const legendSlot = h('div', { class: 'legend-slot' });
  const stage = h('div', { class: 'graph-stage' }, canvas);
  let cy = null;
  const depthButtons = [1, 2, 3].map((d) => h('button', {
    type: 'button', 'aria-pressed': String(d === depth), testid: `graph-depth-${d}`, title: `${d} hop${d === 1 ? '' : 's'} from here`,
    onclick: () => redraw(d),
  }, String(d)));

  clear(panel,
    h('header', { class: 'panel-head' },
      h('h2', {}, 'Network ', info),
      h('div', { class: 'graph-tools' },
        h('span', { class: 'muted small' }, 'Hops'), h('div', { class: 'segmented small', role: 'group', 'aria-label': 'Depth' }, depthButtons),
        h('button', { type: 'button', class: 'icon-button', title: 'Fit the graph to the panel', onclick: () => cy && fit(cy) }, 'Fit'))),
    stage,
    h('footer', { class: 'panel-foot' }, legendSlot));

  async function show(subgraphP) {
    canvas.replaceChildren(loading('Drawing the network…'));
    try {
      const subgraph = await subgraphP;
      subgraph.nodes.forEach((n) => remember(n.id, n.label));
      cy?.destroy();
      cy = null;
      stage.querySelector('.graph-tip')?.remove();
      const events = subgraph.nodes.filter((n) => n.kind === 'Event').length;
      info.textContent = `${subgraph.nodes.length - events} entities · ${events} events · ${subgraph.edges.length} links`;
      info.title = subgraph.truncated ? 'The graph was cut to the nearest nodes; fewer hops show all of them.' : '';
      legendSlot.replaceChildren(legend(subgraph));
      if (subgraph.truncated) legendSlot.append(h('span', { class: 'truncated small', testid: 'graph-truncated' }, `Nearest ${subgraph.nodes.length} shown; more left out`));
      if (subgraph.nodes.length <= 1) {
        canvas.replaceChildren(empty('No connections yet.', 'Nothing else in the documents links to this entity at this depth.'));
      } else {
        cy = await drawGraph(canvas, subgraph, { onNode: open });
      }
    } catch (error) {
      if (error.name === 'AbortError') return;
      canvas.replaceChildren(failure(error, 'The network could not be drawn.'));
    }
  }

  function redraw(d) {
    for (const [i, b] of depthButtons.entries()) b.setAttribute('aria-pressed', String(i + 1 === d));
    // Only the graph changes: keep the rest of the page, and the hash, without a re-render.
    history.replaceState(null, '', `${href.entity(id)}?depth=${d}`);
    for (const link of document.querySelectorAll('.export-link')) link.href = link.getAttribute('href').replace(/depth=\d/, `depth=${d}`);
    show(fetchGraph(id, d, signal));
  }

  function open(node) {
    if (node.isEvent) {
      const item = document.querySelector(`.timeline-item[data-fact-id="${CSS.escape(node.id)}"]`);
      if (item) {
        item.scrollIntoView({ block: 'center', behavior: 'smooth' });
        item.classList.remove('flash');
        void item.offsetWidth;
        item.classList.add('flash');
        return;
      }
      location.hash = href.event(node.id);
    } else if (node.id !== id) {
      location.hash = href.entity(node.id);
    }
  }

  await show(graphP);
}

// ---------------------------------------------------------------- timeline

async function renderTimeline(panel, id, timelineP, graphP, titlesP) {
  const body = h('div', { class: 'panel-body' }, loading('Loading the timeline…'));
  const count = h('span', { class: 'count' });
  clear(panel, h('header', { class: 'panel-head' }, h('h2', {}, 'Timeline ', count), h('span', { class: 'muted small' }, 'oldest first')), body);
  let page;
  try {
    [page] = await Promise.all([timelineP, graphP.catch(() => null), titlesP]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    body.replaceChildren(failure(error, 'The timeline could not be loaded.'));
    return;
  }
  count.textContent = page.total;
  if (!page.items.length) {
    body.replaceChildren(empty('No events in this view.', filterHint()));
    return;
  }
  body.replaceChildren(
    h('ol', { class: 'timeline', testid: 'timeline-list' }, page.items.map((event) => timelineItem(event, id))),
    page.total > page.items.length ? h('p', { class: 'muted small' }, `The first ${page.items.length} of ${page.total} events.`) : null);
}

export function filterHint() {
  const filter = document.body.dataset.reviewFilter;
  if (filter === 'confirmed') return 'Only confirmed facts are shown. Switch to “All but rejected” in the top bar to see what is still unreviewed.';
  if (filter === 'default') return 'Rejected facts are hidden. “Everything” in the top bar shows them too.';
  return 'The documents mention no meeting, call or follow-up for it.';
}

export function timelineItem(event, selfId) {
  return h('li', { class: 'timeline-item', testid: 'timeline-item', dataset: { factId: event.id, review: statusOf(event.review) } },
    dateBlock(event.date),
    h('div', { class: 'ti-body' },
      h('div', { class: 'ti-head' },
        h('a', { class: 'ti-kind', href: href.event(event.id), title: 'Open this event' }, kindChip(event.kind)),
        statusChip(event.status),
        event.date?.wording ? h('span', { class: 'wording muted small', title: 'How the source put the date' }, `“${event.date.wording}”`) : null),
      event.summary ? h('p', { class: 'ti-summary' }, event.summary) : null,
      participantList(event.participants, { skip: selfId }),
      sourceList(event.evidence, { shown: event.summary }),
      reviewBar(event.id, event.review)));
}

export function statusOf(review) {
  return typeof review === 'string' ? review : review?.status || 'Unreviewed';
}

// ---------------------------------------------------------------- roles, relations, documents

const RELATION_LABEL = { WorksFor: 'works for', PartOf: 'part of', Offers: 'offers', FollowsUp: 'follows up', RepliesTo: 'replies to', Forwards: 'forwards' };

async function renderLower(lower, p, graphP, titlesP) {
  await Promise.all([graphP.catch(() => null), titlesP]);
  lower.replaceChildren(
    h('section', { class: 'panel' },
      h('header', { class: 'panel-head' }, h('h2', {}, p.kind === 'Person' ? 'Roles ' : 'People ', h('span', { class: 'count' }, p.roleCount))),
      h('div', { class: 'panel-body' }, p.roles.length ? h('ul', { class: 'relation-list' }, p.roles.map((r) => relationItem(r, p.id))) : empty('None found.'))),
    h('section', { class: 'panel' },
      h('header', { class: 'panel-head' }, h('h2', {}, 'Relations ', h('span', { class: 'count' }, p.relationCount))),
      h('div', { class: 'panel-body' }, p.relations.length ? h('ul', { class: 'relation-list' }, p.relations.map((r) => relationItem(r, p.id))) : empty('None found.'))),
    h('section', { class: 'panel' },
      h('header', { class: 'panel-head' }, h('h2', {}, 'Documents ', h('span', { class: 'count' }, p.documentCount)), h('span', { class: 'muted small' }, 'newest first')),
      h('div', { class: 'panel-body' }, p.documents.length
        ? h('ul', { class: 'doc-list compact' }, p.documents.map((m) => h('li', { class: 'doc-row' },
          h('a', { href: firstMention(p, m.document.id) },
            h('span', { class: `doc-kind kind-${m.document.kind.toLowerCase()}` }, m.document.kind),
            h('span', { class: 'doc-title' }, m.document.title || m.document.id),
            h('span', { class: 'doc-date' }, formatDocDate(m.document.date))),
          h('span', { class: 'muted small' }, `${m.mentions} mention${m.mentions === 1 ? '' : 's'}`))))
        : empty('No documents name it.'))));
}

function firstMention(p, documentId) {
  const e = p.evidence.find((x) => x.documentId === documentId);
  return e ? href.document(documentId, e.start, e.length) : href.document(documentId);
}

function relationItem(r, selfId) {
  const outgoing = r.sourceId === selfId;
  const other = outgoing ? r.targetId : r.sourceId;
  let verb = RELATION_LABEL[r.kind] || r.kind;
  if (!outgoing) verb = { WorksFor: 'employs', PartOf: 'includes', Offers: 'offered by', FollowsUp: 'followed up by' }[r.kind] || `${verb} (from)`;
  return h('li', { class: 'relation', dataset: { factId: r.id, review: statusOf(r.review) }, testid: 'relation-item' },
    h('div', { class: 'relation-line' },
      h('span', { class: 'verb' }, verb), entityLink(other),
      r.title ? h('span', { class: 'title' }, r.title) : null,
      r.isFormer ? h('span', { class: 'former' }, 'former') : null),
    sourceList(r.evidence),
    reviewBar(r.id, r.review, { compact: true }));
}
