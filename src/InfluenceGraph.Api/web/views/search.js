// #/search?q=… — find an entity by name or alias; without q, where to start.

import { api, remember, rememberDocument } from '../api.js';
import { empty, failure, formatDocDate, h, href, initials, kindChip, kindKey, loading } from '../ui.js';

const KINDS = ['Person', 'Agency', 'Company', 'Organization', 'Product'];

export async function searchView(root, route, { signal }) {
  const q = (route.query.get('q') || '').trim();
  const kind = route.query.get('kind') || '';
  if (!q) return home(root, signal);

  const heading = h('div', { class: 'page-head' },
    h('h1', {}, 'Results for ', h('span', { class: 'query' }, `“${q}”`)),
    h('div', { class: 'kind-filter', role: 'group', 'aria-label': 'Kind' },
      ['', ...KINDS].map((k) => h('a', {
        href: `#/search?q=${encodeURIComponent(q)}${k ? `&kind=${k}` : ''}`,
        class: `pill${k === kind ? ' active' : ''}`, 'aria-current': k === kind ? 'true' : null,
      }, k ? kindChip(k) : 'All kinds'))));
  const results = h('div', { class: 'results', testid: 'search-results', 'aria-live': 'polite' }, loading('Searching…'));
  root.append(h('section', { class: 'page narrow' }, heading, results));

  let page;
  try {
    page = await api('api/entities', { params: { q, kind: kind || null, limit: 50 }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    results.replaceChildren(failure(error, 'The search failed.'));
    throw error;
  }
  page.items.forEach((e) => remember(e.id, e.name));
  if (!page.items.length) {
    results.replaceChildren(empty(`Nothing is called “${q}”${kind ? ` among ${kind.toLowerCase()}s` : ''}.`,
      'Try part of a name, an acronym (ICE, AWS) or an email address. Names are matched on whole words, the last word as a prefix.'),
    h('p', { class: 'center' }, h('a', { class: 'button', href: href.documents(q) }, `Search the documents’ text for “${q}” →`)));
    return;
  }
  results.replaceChildren(
    h('p', { class: 'muted small result-count' }, `${page.total} match${page.total === 1 ? '' : 'es'}${page.total > page.items.length ? `, the first ${page.items.length} shown` : ''}`),
    h('ol', { class: 'result-list' }, page.items.map((e) => h('li', { class: 'result', testid: 'search-result', dataset: { id: e.id } },
      h('a', { href: href.entity(e.id), class: 'result-link' },
        h('span', { class: `avatar kind-${kindKey(e.kind)}`, 'aria-hidden': 'true' }, initials(e.name)),
        h('span', { class: 'result-main' },
          h('span', { class: 'result-name' }, e.name),
          e.aliases?.length ? h('span', { class: 'result-aliases' }, `also ${e.aliases.slice(0, 4).join(' · ')}${e.aliases.length > 4 ? ' …' : ''}`) : null),
        kindChip(e.kind),
        h('span', { class: 'result-counts' }, h('b', {}, e.documentCount), ` document${e.documentCount === 1 ? '' : 's'}`, h('br'), h('span', { class: 'muted' }, `${e.mentionCount} mentions`)))))),
    h('p', { class: 'muted small' }, 'Not the one? ', h('a', { href: href.documents(q) }, `Search the documents’ text for “${q}”`)));
}

async function home(root, signal) {
  const latest = h('div', { class: 'card-body' }, loading());
  const examples = [['ICE', 'an agency'], ['Amazon Web Services', 'a vendor'], ['Dana Kowalczyk', 'a sales rep'], ['Rekognition', 'a product']];
  root.append(h('section', { class: 'page home' },
    h('div', { class: 'hero' },
      h('p', { class: 'eyebrow' }, 'Newsroom desk'),
      h('h1', {}, 'Who met whom, when, and what followed.'),
      h('p', { class: 'lede' }, 'Every meeting, call and follow-up here was read out of emails and articles, and every fact links to the sentence it rests on. Confirm what you have checked; publish only what is confirmed.'),
      h('div', { class: 'examples' }, h('span', { class: 'muted' }, 'Try'),
        examples.map(([q, what]) => h('a', { class: 'pill', href: href.search(q) }, q, h('span', { class: 'muted' }, ` ${what}`))))),
    h('div', { class: 'home-grid' },
      h('a', { class: 'card card-link', href: href.meetings({ agency: 'ICE' }), testid: 'home-meetings' },
        h('h2', {}, 'Vendor meetings'),
        h('p', {}, 'Which companies met which agencies, who was in the room, and the follow-ups that came after. Start with ICE →')),
      h('a', { class: 'card card-link', href: href.meetings() },
        h('h2', {}, 'All meetings'),
        h('p', {}, 'Every vendor-to-agency meeting, call and request in the corpus, oldest first →')),
      h('div', { class: 'card wide' }, h('h2', {}, 'Latest documents'), latest))));
  try {
    const page = await api('api/documents', { params: { limit: 6 }, signal });
    page.items.forEach(rememberDocument);
    latest.replaceChildren(page.items.length
      ? h('ul', { class: 'doc-list' }, page.items.map(docRow))
      : empty('No documents yet.', 'Upload articles or emails with POST /api/documents.'));
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    latest.replaceChildren(failure(error, 'The documents could not be listed.'));
  }
}

export function docRow(d) {
  return h('li', { class: 'doc-row', testid: 'document-row' },
    h('a', { href: href.document(d.id) },
      h('span', { class: `doc-kind kind-${d.kind.toLowerCase()}` }, d.kind),
      h('span', { class: 'doc-title' }, d.title || d.id),
      h('span', { class: 'doc-date' }, formatDocDate(d.date))),
    d.from ? h('span', { class: 'doc-from muted small' }, d.from.replace(/<[^>]*>/, '').trim()) : null);
}
