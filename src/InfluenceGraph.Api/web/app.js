// InfluenceGraph's newsroom page: the shell (top bar, key, review filter) and the hash router.
//
// Routes (the hash keeps the view across a reload):
//   #/  or #/search?q=ICE                    search people, agencies, companies, organisations, products
//   #/entity/<id>?depth=2                     an entity: its network, timeline, roles, relations, documents
//   #/event/<id>                              one meeting, call, request, follow-up or publication
//   #/meetings?agency=ICE&vendor=&from=&to=   vendor-to-agency meetings with their follow-ups
//   #/document/<id>?start=..&length=..        a document with the quote at start/length highlighted
//   #/documents?q=                            documents, newest first, or full-text search

import { getKey, getReviewFilter, setKey, setReviewFilter, whoAmI } from './api.js';
import { hideError, showError, toast } from './ui.js';
import { searchView } from './views/search.js';
import { entityView } from './views/entity.js';
import { eventView } from './views/event.js';
import { meetingsView } from './views/meetings.js';
import { documentView, documentsView } from './views/document.js';

const view = document.getElementById('view');
const searchInput = document.getElementById('search-input');

/** '#/entity/agency%3Aice?depth=2' → {name:'entity', arg:'agency:ice', query:URLSearchParams} */
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const [path, queryString = ''] = raw.split('?');
  const [name = '', ...rest] = path.split('/');
  let arg = rest.join('/');
  try { arg = decodeURIComponent(arg); } catch { /* keep it as written */ }
  return { name: name || 'search', arg, query: new URLSearchParams(queryString) };
}

const routes = {
  search: searchView,
  entity: entityView,
  event: eventView,
  meetings: meetingsView,
  document: documentView,
  documents: documentsView,
};

let current = null;
let pending = null;

function render() {
  pending = show();
  return pending;
}

async function show() {
  current?.abort();
  const controller = new AbortController();
  current = controller;
  hideError();
  const route = parseHash();
  for (const link of document.querySelectorAll('[data-nav]')) {
    const active = link.dataset.nav === route.name || (route.name === 'entity' && link.dataset.nav === 'search')
      || (route.name === 'document' && link.dataset.nav === 'documents') || (route.name === 'event' && link.dataset.nav === 'meetings');
    link.classList.toggle('active', active);
    if (active) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  if (route.name !== 'search' && document.activeElement !== searchInput) searchInput.value = '';
  if (route.name === 'search' && document.activeElement !== searchInput) searchInput.value = route.query.get('q') || '';
  const draw = routes[route.name];
  window.scrollTo(0, 0);
  view.replaceChildren();
  view.className = `view view-${route.name}`;
  if (!draw) {
    location.replace('#/');
    return;
  }
  try {
    await draw(view, route, { signal: controller.signal });
  } catch (error) {
    if (error?.name !== 'AbortError') showError(error);
  }
}

// ---------------------------------------------------------------- search box

let searchTimer = null;

/** Shows the results for what is in the search box; resolves once they are on the page. */
function goSearch(immediate) {
  clearTimeout(searchTimer);
  const run = () => {
    const q = searchInput.value.trim();
    const target = `#/search${q ? `?q=${encodeURIComponent(q)}` : ''}`;
    if (location.hash === target) return pending || Promise.resolve();
    // Typing refines the same results page; it does not stack history entries.
    if (parseHash().name === 'search') history.replaceState(null, '', target);
    else history.pushState(null, '', target);
    return render();
  };
  if (immediate) return run();
  searchTimer = setTimeout(run, 220);
  return null;
}

const firstResult = () => document.querySelector('[data-testid="search-result"] a');

searchInput.addEventListener('input', () => goSearch(false));
document.getElementById('search-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await goSearch(true);
  // Enter, then Enter again, opens the best match; the arrows move along the list.
  firstResult()?.focus();
});
searchInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && firstResult()) {
    event.preventDefault();
    firstResult().focus();
  }
});
view.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll('[data-testid="search-result"] a')];
  const at = links.indexOf(document.activeElement);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowUp' && at === 0) searchInput.focus();
  else links[Math.min(links.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))].focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement?.tagName)) {
    event.preventDefault();
    searchInput.focus();
    searchInput.select();
  }
});

// ---------------------------------------------------------------- review filter

function paintFilter() {
  const filter = getReviewFilter();
  for (const button of document.querySelectorAll('[data-filter]')) button.setAttribute('aria-pressed', String(button.dataset.filter === filter));
  document.body.dataset.reviewFilter = filter;
}

for (const button of document.querySelectorAll('[data-filter]')) {
  button.addEventListener('click', () => {
    if (getReviewFilter() === button.dataset.filter) return;
    setReviewFilter(button.dataset.filter);
    paintFilter();
    render();
  });
}

// ---------------------------------------------------------------- key and role

const keyButton = document.getElementById('key-button');
const keyPanel = document.getElementById('key-panel');
const keyInput = document.getElementById('api-key-input');
const keyStatus = document.getElementById('key-status');
const roleLabel = document.getElementById('role');

async function paintRole({ refresh = false } = {}) {
  const who = await whoAmI({ refresh });
  let text;
  let state;
  if (!who.available) { text = 'Reading only'; state = 'none'; keyStatus.textContent = 'This server does not check keys yet: reading is open, reviewing is not available.'; }
  else if (who.role) { text = `${who.role} · ${who.name}`; state = who.role.toLowerCase(); keyStatus.textContent = `Signed in as ${who.name}, ${who.role.toLowerCase()}.`; }
  else if (getKey()) { text = 'Unknown key'; state = 'bad'; keyStatus.textContent = 'The server does not know this key. Check it, or forget it to read without one.'; }
  else { text = 'No key · read only'; state = 'none'; keyStatus.textContent = 'No key: you can read everything; reviewing needs an editor key.'; }
  roleLabel.textContent = text;
  keyButton.dataset.state = state;
  document.body.dataset.role = who.role ? who.role.toLowerCase() : 'anonymous';
  return who;
}

function toggleKeyPanel(open = keyPanel.hidden) {
  keyPanel.hidden = !open;
  keyButton.setAttribute('aria-expanded', String(open));
  if (open) { keyInput.value = getKey(); keyInput.focus(); }
}

keyButton.addEventListener('click', () => toggleKeyPanel());
keyPanel.addEventListener('submit', async (event) => {
  event.preventDefault();
  setKey(keyInput.value.trim());
  const who = await paintRole({ refresh: true });
  if (who.role) {
    toggleKeyPanel(false);
    toast(`Key saved: ${who.role.toLowerCase()} ${who.name}`);
    render();
  } else if (getKey() && who.available) {
    showError(who.reason && who.reason !== 'Unknown key' ? who.reason : '401: the server does not know this key.');
  } else {
    toggleKeyPanel(false);
    render();
  }
});
document.getElementById('api-key-clear').addEventListener('click', async () => {
  setKey('');
  keyInput.value = '';
  await paintRole({ refresh: true });
  toast('Key forgotten: reading without a key');
  render();
});
document.getElementById('api-key-show').addEventListener('change', (event) => {
  keyInput.type = event.target.checked ? 'text' : 'password';
});
document.addEventListener('click', (event) => {
  if (!keyPanel.hidden && !event.target.closest('.keybox')) toggleKeyPanel(false);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !keyPanel.hidden) toggleKeyPanel(false);
});

document.querySelector('.banner-close').addEventListener('click', hideError);

// ---------------------------------------------------------------- start

// Links and back/forward change the hash; typing in the search box replaces it and renders itself.
window.addEventListener('hashchange', render);
paintFilter();
// Who the key belongs to decides whether review=all is understood, so ask before the first view.
paintRole().finally(render);
// The role can change on the server (a key revoked, the review API deployed): look again now and then.
setInterval(() => { if (document.visibilityState === 'visible') paintRole({ refresh: true }); }, 60000);
