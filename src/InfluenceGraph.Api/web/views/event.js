// #/event/<id> — one meeting, call, request, follow-up or publication: who took part, what it
// follows up or what followed it, every quote it rests on, and its review.

import { api, enc, loadDocumentSummaries, remember } from '../api.js';
import { drawGraph, eventShortLabel, legend, loadCytoscape } from '../graph.js';
import { clear, dateBlock, empty, entityLink, failure, h, href, kindChip, kindKey, loading, reviewBar, sourceList, statusChip } from '../ui.js';
import { statusOf } from './entity.js';

const ROLE_ORDER = [['Organiser', 'Organisers'], ['Sender', 'Sent by'], ['Attendee', 'Attendees'], ['Recipient', 'Recipients'], ['RepresentedOrganisation', 'Organisations']];

export async function eventView(root, route, { signal }) {
  const id = route.arg;
  // An event page shows the event whatever its review, with its status badge in plain sight.
  const eventP = api(`api/events/${enc(id)}`, { params: { review: 'all' }, signal });
  const hoodP = api(`api/entities/${enc(id)}/neighbourhood`, { params: { depth: 1, maxNodes: 60, review: 'all' }, signal }).catch(() => null);
  const titlesP = loadDocumentSummaries();
  loadCytoscape().catch(() => {});

  const main = h('div', { class: 'event-main' }, loading('Loading the event…'));
  const side = h('aside', { class: 'event-side' });
  root.append(h('div', { class: 'page wide event-layout' }, main, side));

  let event;
  let hood;
  try {
    [event, hood] = await Promise.all([eventP, hoodP, titlesP]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    main.replaceChildren(failure(error, error.status === 404 ? 'No such event.' : 'The event could not be loaded.'));
    throw error;
  }
  hood?.nodes.forEach((n) => remember(n.id, n.label));
  const title = eventShortLabel(event.id, kindKey(event.kind));
  document.title = `${title} · InfluenceGraph`;

  const byRole = new Map();
  for (const p of event.participants) {
    if (!byRole.has(p.role)) byRole.set(p.role, []);
    byRole.get(p.role).push(p.entityId);
  }
  const edges = hood?.edges.filter((e) => e.type === 'follows-up') || [];
  const followsUp = edges.filter((e) => e.sourceId === event.id).map((e) => e.targetId);
  const followedBy = edges.filter((e) => e.targetId === event.id).map((e) => e.sourceId);

  clear(main,
    h('article', { class: 'event-card', testid: 'event-view', dataset: { factId: event.id, review: statusOf(event.review) } },
      h('nav', { class: 'crumbs' }, h('a', { href: href.meetings() }, 'Meetings'), ' › ', kindChip(event.kind)),
      h('div', { class: 'event-title' }, dateBlock(event.date),
        h('div', {},
          h('h1', {}, title),
          h('p', { class: 'mc-chips' }, kindChip(event.kind), statusChip(event.status),
            event.date ? h('span', { class: 'muted small' }, `The source says “${event.date.wording}” (${event.date.precision.toLowerCase()} precision)`) : null))),
      event.summary ? h('blockquote', { class: 'summary large' }, event.summary) : null,
      reviewBar(event.id, event.review),
      h('section', { class: 'roles' },
        ROLE_ORDER.filter(([role]) => byRole.has(role)).map(([role, label]) => h('div', { class: 'role-group' },
          h('h3', {}, label), h('div', { class: 'participants' }, byRole.get(role).map((e) => entityLink(e)))))),
      followsUp.length || followedBy.length ? h('section', { class: 'links' },
        followsUp.map((e) => h('p', {}, 'Follows up ', h('a', { href: href.event(e) }, eventShortLabel(e, e.split(':')[0])))),
        followedBy.map((e) => h('p', {}, 'Followed up by ', h('a', { href: href.event(e) }, eventShortLabel(e, e.split(':')[0]))))) : null,
      h('section', { class: 'event-sources' },
        h('h2', {}, 'Sources ', h('span', { class: 'count' }, event.evidence.length)),
        sourceList(event.evidence, { open: 6 }))));

  if (hood && hood.nodes.length > 1) {
    const canvas = h('div', { class: 'graph-canvas small' });
    side.append(h('section', { class: 'panel graph-panel compact' },
      h('header', { class: 'panel-head' }, h('h2', {}, 'Who took part')),
      h('div', { class: 'graph-stage' }, canvas),
      h('footer', { class: 'panel-foot' }, legend(hood))));
    try {
      await drawGraph(canvas, hood, {
        onNode: (node) => { if (node.id !== id) location.hash = node.isEvent ? href.event(node.id) : href.entity(node.id); },
      });
    } catch (error) {
      canvas.replaceChildren(failure(error, 'The graph could not be drawn.'));
    }
  } else {
    side.append(empty('No one else is linked to it.'));
  }
}
