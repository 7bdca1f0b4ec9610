// Plain DOM: events through addEventListener, the catalog through the property.
const log = (text) => document.getElementById('log').append(Object.assign(document.createElement('li'), { textContent: text }));

document.addEventListener('rsp-training-select', (event) => {
  event.preventDefault(); // stay on this page
  log(`selected ${event.detail.id}`);
});
document.addEventListener('rsp-complete', (event) => {
  if (event.detail.scope === 'session') log(`completed ${event.detail.trainingId}/${event.detail.sessionId}`);
});

const response = await fetch('../../demo/catalog.json');
const catalog = await response.json();
// Relative media paths in a catalog object resolve against the page, so point them at the demo's folder.
catalog.trainings = catalog.trainings.map((training) => JSON.parse(JSON.stringify(training).replace(/"source\//g, '"../../demo/source/')));
document.getElementById('player').catalog = catalog;
