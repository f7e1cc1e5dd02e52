// The network around an entity, drawn with Cytoscape.js (served by the API from lib/).

import { h, KIND_LABEL, formatEventDate } from './ui.js';

let loader = null;

/** Loads lib/cytoscape.min.js once, on the first page that draws a graph. */
export function loadCytoscape() {
  if (window.cytoscape) return Promise.resolve(window.cytoscape);
  if (!loader) {
    loader = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'lib/cytoscape.min.js';
      script.onload = () => (window.cytoscape ? resolve(window.cytoscape) : reject(new Error('Cytoscape did not load.')));
      script.onerror = () => { loader = null; reject(new Error('The graph library (lib/cytoscape.min.js) could not be loaded from the server.')); };
      document.head.append(script);
    });
  }
  return loader;
}

/** Colours by kind; the same values as the --kind-* custom properties in app.css. */
export const KIND_COLOUR = {
  person: '#2c6db5',
  agency: '#b42a2a',
  company: '#d98a00',
  organization: '#7a4bb0',
  product: '#2b8a57',
  meeting: '#1f2a37',
  call: '#52616f',
  'meeting-request': '#8593a1',
  'follow-up': '#a86a2c',
  publication: '#6f6f6f',
};

const EVENT_TYPES = new Set(['meeting', 'call', 'meeting-request', 'follow-up', 'publication']);

/** "meeting:2018-06-12-…" → a date object like the API's, read from the id, for a short label. */
function dateFromEventId(id) {
  const rest = id.split(':').slice(1).join(':');
  let m = rest.match(/^(\d{4})-(\d{2})-(\d{2})-(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[4]}-${m[5]}-${m[6]}`, precision: 'Range' };
  m = rest.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}`, precision: 'Day' };
  m = rest.match(/^(\d{4})-(\d{2})/);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-01`, precision: 'Month' };
  m = rest.match(/^(\d{4})/);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-01-01`, precision: 'Year' };
  return null;
}

export function eventShortLabel(id, type) {
  const date = dateFromEventId(id);
  return `${KIND_LABEL[type] || type}${date ? ` · ${formatEventDate(date)}` : ''}`;
}

function elementsOf(subgraph) {
  const ids = new Set(subgraph.nodes.map((n) => n.id));
  const nodes = subgraph.nodes.map((n) => {
    const isEvent = n.kind === 'Event' || EVENT_TYPES.has(n.type);
    const review = typeof n.review === 'string' ? n.review : n.review?.status;
    return {
      group: 'nodes',
      data: {
        id: n.id,
        type: n.type,
        label: isEvent ? eventShortLabel(n.id, n.type) : n.label,
        fs: n.distance === 0 ? 14 : isEvent ? 10 : n.distance === 1 ? 12 : n.distance === 2 ? 11 : 10,
        full: n.label,
        distance: n.distance,
        colour: KIND_COLOUR[n.type] || '#888',
        review: review || 'Unreviewed',
      },
      classes: [isEvent ? 'event' : 'entity', n.distance === 0 ? 'centre' : `d${Math.min(n.distance, 3)}`].join(' '),
    };
  });
  const edges = subgraph.edges
    .filter((e) => ids.has(e.sourceId) && ids.has(e.targetId))
    .map((e) => {
      const review = typeof e.review === 'string' ? e.review : e.review?.status;
      return {
        group: 'edges',
        data: { id: e.id, source: e.sourceId, target: e.targetId, type: e.type, detail: e.detail || '', review: review || 'Unreviewed' },
        classes: `${e.type} review-${(review || 'unreviewed').toLowerCase()}`,
      };
    });
  return [...nodes, ...edges];
}

/** How much to enlarge labels: 1 at 100% zoom and above, up to 1.8 when zoomed out. */
function labelScale(cy) {
  return cy.scratch('igLabelScale') || 1;
}

function scaleLabels(cy) {
  const scale = Math.min(1.8, Math.max(1, 1 / cy.zoom()));
  if (Math.abs(scale - labelScale(cy)) < 0.04) return;
  cy.scratch('igLabelScale', scale);
  cy.style().update();
}

const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-family': '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", system-ui, sans-serif',
      // Labels keep a readable size on screen when a large graph is zoomed out to fit (see scaleLabels).
      'font-size': (node) => node.data('fs') * labelScale(node.cy()),
      'text-max-width': 230,
      color: '#1d232b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.92,
      'text-background-padding': 2,
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 7,
      'border-width': 2,
      'border-color': '#ffffff',
      width: 22,
      height: 22,
    },
  },
  { selector: 'node.d1', style: { width: 26, height: 26 } },
  { selector: 'node.d2', style: { width: 20, height: 20 } },
  { selector: 'node.d3', style: { width: 16, height: 16, color: '#4a5562' } },
  {
    selector: 'node.event',
    style: { shape: 'round-diamond', width: 18, height: 18, color: '#4a5562', 'text-max-width': 150 },
  },
  {
    selector: 'node.centre',
    style: { width: 44, height: 44, 'font-weight': 700, 'border-width': 4, 'border-color': '#1d232b', 'text-max-width': 260, 'z-index': 20, 'text-background-opacity': 1 },
  },
  { selector: 'node[review = "Disputed"]', style: { 'border-color': '#c77700', 'border-style': 'dashed', 'border-width': 3 } },
  { selector: 'node[review = "Rejected"]', style: { opacity: 0.35 } },
  { selector: 'node[review = "Confirmed"]', style: { 'border-color': '#1e7a45', 'border-width': 3 } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#c3cad3',
      'curve-style': 'bezier',
      'target-arrow-shape': 'none',
      'font-size': 9,
      color: '#4a5562',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 1,
    },
  },
  { selector: 'edge.works-for', style: { 'line-color': '#2c6db5', width: 2, 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2c6db5', 'arrow-scale': 0.8 } },
  { selector: 'edge.part-of', style: { 'line-color': '#b42a2a', width: 2, 'line-style': 'dashed', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b42a2a', 'arrow-scale': 0.8 } },
  { selector: 'edge.offers', style: { 'line-color': '#2b8a57', width: 1.6, 'target-arrow-shape': 'triangle', 'target-arrow-color': '#2b8a57', 'arrow-scale': 0.7 } },
  { selector: 'edge.follows-up', style: { 'line-color': '#a86a2c', width: 2, 'target-arrow-shape': 'triangle', 'target-arrow-color': '#a86a2c', 'arrow-scale': 0.8 } },
  { selector: 'edge.review-disputed', style: { 'line-style': 'dotted', 'line-color': '#c77700' } },
  { selector: 'edge.review-rejected', style: { opacity: 0.25 } },
  { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.15 } },
  { selector: 'edge.lit', style: { label: 'data(detail)', 'line-color': '#1d232b', 'target-arrow-color': '#1d232b', width: 2.2, 'z-index': 10 } },
  { selector: 'node.lit', style: { 'z-index': 10, 'text-background-opacity': 1 } },
  { selector: 'node:selected', style: { 'border-color': '#f2b705', 'border-width': 4 } },
];

/**
 * Draws `subgraph` into `container`. onNode(node) gets {id, type, isEvent} on a click.
 * Returns the Cytoscape instance (or null when there is nothing to draw).
 */
export async function drawGraph(container, subgraph, { onNode } = {}) {
  const cytoscape = await loadCytoscape();
  container.replaceChildren();
  const tip = h('div', { class: 'graph-tip', hidden: true });
  container.parentElement.append(tip);
  const count = subgraph.nodes.length;
  const cy = cytoscape({
    container,
    elements: elementsOf(subgraph),
    style: STYLE,
    minZoom: 0.2,
    maxZoom: 3,
    boxSelectionEnabled: false,
    layout: { name: 'preset' },
  });
  const layout = count <= 2
    ? { name: 'grid' }
    : {
        name: 'cose',
        animate: false,
        randomize: true,
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: (edge) => (edge.hasClass('participated-in') ? 80 : 110),
        nodeRepulsion: () => 500000,
        edgeElasticity: () => 100,
        nestingFactor: 5,
        gravity: 80,
        numIter: count > 300 ? 500 : 1000,
        initialTemp: 200,
        coolingFactor: 0.95,
        minTemp: 1,
        nodeOverlap: 20,
        componentSpacing: 80,
        padding: 30,
        // Start from the panel's shape, so a wide panel gets a wide graph.
        boundingBox: { x1: 0, y1: 0, w: Math.max(300, container.clientWidth) * 1.4, h: Math.max(240, container.clientHeight) * 1.4 },
      };
  cy.layout(layout).run();
  fit(cy, container);
  scaleLabels(cy);
  let frame = 0;
  cy.on('zoom', () => { cancelAnimationFrame(frame); frame = requestAnimationFrame(() => { if (!cy.destroyed()) scaleLabels(cy); }); });
  container.dataset.nodes = String(count);
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', `Network of ${count} nodes: ${subgraph.nodes.filter((n) => n.distance === 1).map((n) => n.label).slice(0, 12).join(', ')}`);

  // Keep the whole graph in view when the panel changes size, until the reader zooms or pans.
  let touched = false;
  cy.on('dragpan scrollzoom pinchzoom', () => { touched = true; });
  const observer = new ResizeObserver(() => {
    if (cy.destroyed()) { observer.disconnect(); return; }
    cy.resize();
    if (!touched) fit(cy, container);
  });
  observer.observe(container);
  cy.on('destroy', () => observer.disconnect());

  cy.on('mouseover', 'node', (event) => {
    const node = event.target;
    const hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    hood.addClass('lit');
    const type = node.data('type');
    tip.replaceChildren(
      h('span', { class: `kind-chip kind-${type}` }, KIND_LABEL[type] || type),
      h('strong', {}, node.data('full')),
      h('span', { class: 'muted small' }, node.hasClass('event') ? 'Click to see it in the timeline' : 'Click to open'));
    const p = node.renderedPosition();
    tip.style.left = `${Math.min(p.x + 14, container.clientWidth - 260)}px`;
    tip.style.top = `${p.y + 14}px`;
    tip.hidden = false;
    container.style.cursor = 'pointer';
  });
  cy.on('mouseout', 'node', () => {
    cy.elements().removeClass('faded lit');
    tip.hidden = true;
    container.style.cursor = '';
  });
  cy.on('tap', 'node', (event) => {
    tip.hidden = true;
    const node = event.target;
    onNode?.({ id: node.id(), type: node.data('type'), isEvent: node.hasClass('event') });
  });
  cy.on('viewport', () => { tip.hidden = true; });
  return cy;
}

/** Fits the graph in its panel, without blowing a small graph up past 1.6×. */
export function fit(cy, container = cy.container()) {
  cy.fit(undefined, 24);
  if (cy.zoom() > 1.6) cy.zoom({ level: 1.6, renderedPosition: { x: container.clientWidth / 2, y: container.clientHeight / 2 } });
}

/** The legend: one swatch per kind present in the graph. */
export function legend(subgraph) {
  const present = [...new Set(subgraph.nodes.map((n) => n.type))];
  const order = Object.keys(KIND_COLOUR);
  present.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return h('ul', { class: 'legend' }, present.map((type) => h('li', {},
    h('span', { class: `swatch${EVENT_TYPES.has(type) ? ' diamond' : ''}`, style: `background:${KIND_COLOUR[type] || '#888'}` }),
    KIND_LABEL[type] || type)));
}
