// #/meetings?agency=ICE&vendor=…&from=…&to=… — vendor-to-agency meetings, each with who was in
// the room on either side and the follow-ups that came after it.

import { api, loadDocumentSummaries, remember, reviewParam } from '../api.js';
import {
  dateBlock, empty, entityLink, failure, formatEventDate, h, href, kindChip, loading, reviewBar, sourceList, statusChip,
} from '../ui.js';
import { filterHint, statusOf } from './entity.js';

export async function meetingsView(root, route, { signal }) {
  const q = Object.fromEntries(['agency', 'vendor', 'from', 'to'].map((k) => [k, (route.query.get(k) || '').trim()]));
  const pageP = api('api/meetings', { params: { ...q, limit: 200, review: reviewParam() }, signal });
  const titlesP = loadDocumentSummaries();
  // The name the API resolves "ICE" to, asked at the same time as the meetings (the same best match it uses).
  const nameP = (value) => (value && !value.includes(':')
    ? api('api/entities', { params: { q: value, limit: 1 }, signal }).then((p) => p.items[0]?.name || null).catch(() => null)
    : Promise.resolve(null));
  const agencyNameP = nameP(q.agency);
  const vendorNameP = nameP(q.vendor);

  const field = (name, label, attrs) => h('label', { class: 'field' }, h('span', {}, label),
    h('input', { name, value: q[name], testid: `meetings-${name}`, autocomplete: 'off', ...attrs }));
  const form = h('form', { class: 'filters', testid: 'meetings-filter' },
    field('agency', 'Agency', { placeholder: 'ICE, or any agency', type: 'text' }),
    field('vendor', 'Vendor', { placeholder: 'Amazon Web Services, or any', type: 'text' }),
    field('from', 'From', { type: 'date' }),
    field('to', 'To', { type: 'date' }),
    h('button', { type: 'submit', class: 'primary' }, 'Show'),
    Object.values(q).some(Boolean) ? h('a', { class: 'button link', href: href.meetings() }, 'Clear') : null);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    // A field showing the name of the id it was opened with still means that id.
    for (const input of form.querySelectorAll('input[data-id]')) if (data[input.name] === input.value && input.value === input.dataset.name) data[input.name] = input.dataset.id;
    location.hash = href.meetings(data);
  });

  const title = h('h1', {}, 'Vendor meetings');
  const subtitle = h('p', { class: 'lede small' }, describe(q));
  const list = h('div', { class: 'meeting-list', testid: 'meetings' }, loading('Loading meetings…'));
  root.append(h('section', { class: 'page' }, h('div', { class: 'page-head' }, h('div', {}, title, subtitle), form), list));

  let page;
  try {
    [page] = await Promise.all([pageP, titlesP]);
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    list.replaceChildren(failure(error, 'The meetings could not be loaded.'));
    throw error;
  }
  // Name the agency and vendor as the API resolved them ("ICE" → U.S. Immigration and Customs Enforcement).
  for (const item of page.items) [...item.vendors, ...item.agencies].forEach((o) => { remember(o.id, o.name); o.people.forEach((p) => remember(p.id, p.name)); });
  const [agencyLookup, vendorLookup] = await Promise.all([agencyNameP, vendorNameP]);
  const agencyName = q.agency ? agencyLookup || resolvedName(page, 'agencies', q.agency) : null;
  const vendorName = q.vendor ? vendorLookup || resolvedName(page, 'vendors', q.vendor) : null;
  // Opened from an entity page with its id: show its name in the field instead.
  for (const [name, shown] of [['agency', agencyName], ['vendor', vendorName]]) {
    const input = form.querySelector(`input[name=${name}]`);
    if (q[name].includes(':') && shown && shown !== q[name]) {
      Object.assign(input.dataset, { id: q[name], name: shown });
      input.value = shown;
    }
  }
  if (agencyName || vendorName) title.textContent = `Vendor meetings${vendorName ? ` · ${vendorName}` : ''}${agencyName ? ` · ${agencyName}` : ''}`;
  document.title = `${title.textContent} · InfluenceGraph`;

  if (!page.items.length) {
    list.replaceChildren(empty('No vendor meetings match.', `${filterHint()} Agencies include their sub-units, vendors their subsidiaries.`));
    return;
  }
  const followUps = page.items.reduce((n, m) => n + m.followUps.length, 0);
  subtitle.textContent = `${page.total} meeting${page.total === 1 ? '' : 's'}, calls and requests · ${followUps} follow-up${followUps === 1 ? '' : 's'} · oldest first. ${describe(q)}`;
  list.replaceChildren(...page.items.map(meetingCard));
}

function describe(q) {
  const parts = [];
  if (q.from || q.to) parts.push(`Between ${q.from || 'the start'} and ${q.to || 'now'}.`);
  parts.push('Every line links to the sentence it comes from.');
  return parts.join(' ');
}

function resolvedName(page, side, wanted) {
  const lower = wanted.toLowerCase();
  const all = page.items.flatMap((i) => i[side]);
  const exact = all.find((o) => o.id === wanted || o.name.toLowerCase() === lower);
  if (exact) return exact.name;
  // "ICE" is an alias: the organisation on that side of every meeting is the one asked for.
  const common = all.find((o) => page.items.every((i) => i[side].some((x) => x.id === o.id)));
  return common ? common.name : wanted;
}

function side(org, label) {
  return h('div', { class: `side side-${label.toLowerCase()}` },
    h('div', { class: 'side-label' }, label),
    entityLink(org.id, org.name),
    org.people.length
      ? h('ul', { class: 'people' }, org.people.map((p) => h('li', {}, entityLink(p.id, p.name), p.title ? h('span', { class: 'title' }, p.title) : null)))
      : h('p', { class: 'muted small' }, 'No named people.'));
}

function meetingCard(item) {
  const m = item.meeting;
  const vendorNames = item.vendors.map((v) => v.name).join(', ') || 'A vendor';
  const agencyNames = item.agencies.map((a) => a.name).join(', ') || 'an agency';
  return h('article', { class: 'meeting-card', testid: 'meeting-card', dataset: { factId: m.id, review: statusOf(m.review) }, id: `m-${m.id}` },
    dateBlock(m.date),
    h('div', { class: 'mc-body' },
      h('header', { class: 'mc-head' },
        h('div', { class: 'mc-chips' }, kindChip(m.kind), statusChip(m.status),
          m.date?.wording ? h('span', { class: 'muted small', title: 'How the source put the date' }, `“${m.date.wording}”`) : null),
        h('a', { class: 'small', href: href.event(m.id) }, 'Event page →')),
      h('h2', { class: 'mc-title' }, vendorNames, h('span', { class: 'arrow', 'aria-label': 'met' }, ' → '), agencyNames),
      h('div', { class: 'sides' },
        item.vendors.map((v) => side(v, 'Vendor')),
        item.agencies.map((a) => side(a, 'Agency')),
        item.othersPresent?.length ? h('div', { class: 'side side-others' }, h('div', { class: 'side-label' }, 'Also present'),
          h('ul', { class: 'people' }, item.othersPresent.map((o) => h('li', {}, entityLink(o.id, o.name), o.title ? h('span', { class: 'title' }, o.title) : null)))) : null),
      m.summary ? h('blockquote', { class: 'summary' }, m.summary) : null,
      sourceList(m.evidence, { shown: m.summary }),
      reviewBar(m.id, m.review),
      followUpSection(item)));
}

function followUpSection(item) {
  if (!item.followUps.length) return h('p', { class: 'no-followups muted small' }, 'No follow-up found in the documents.');
  return h('section', { class: 'followups' },
    h('h3', {}, `Follow-up${item.followUps.length === 1 ? '' : 's'} `, h('span', { class: 'count' }, item.followUps.length)),
    h('ol', { class: 'followup-list' }, item.followUps.map(followUpItem)));
}

function people(list) {
  return list.length ? list.map((p, i) => [i ? ', ' : '', entityLink(p.id, p.name)]) : h('span', { class: 'muted' }, 'unknown');
}

function followUpItem(f) {
  const e = f.followUp;
  remember(e.id, e.summary);
  const days = f.daysAfter === null || f.daysAfter === undefined ? null : f.daysAfter === 0 ? 'same day' : `${f.daysAfter} day${Math.abs(f.daysAfter) === 1 ? '' : 's'} after`;
  return h('li', { class: 'followup', testid: 'follow-up', dataset: { factId: e.id, review: statusOf(e.review) } },
    h('div', { class: 'fu-when' },
      h('span', { class: 'fu-date' }, formatEventDate(e.date)),
      days ? h('span', { class: 'fu-days', testid: 'follow-up-days' }, days) : null),
    h('div', { class: 'fu-body' },
      h('p', { class: 'fu-line' }, kindChip(e.kind), h('span', { class: 'muted' }, 'from '), people(f.from), h('span', { class: 'muted' }, ' to '), people(f.to)),
      f.products?.length ? h('p', { class: 'products' }, h('span', { class: 'muted small' }, 'Products named '), f.products.map((p) => entityLink(p.id, p.name))) : null,
      e.summary ? h('blockquote', { class: 'summary' }, e.summary) : null,
      f.proposed?.length ? h('details', { class: 'proposed' }, h('summary', {}, `What it proposed (${f.proposed.length} lines)`),
        h('ul', {}, f.proposed.map((line) => h('li', {}, line)))) : null,
      sourceList(e.evidence, { shown: e.summary }),
      reviewBar(e.id, e.review)));
}
