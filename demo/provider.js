// How a provider records completions in its own system: listen for rsp-complete (and friends) and send them on.
// Here they are only listed on the page.
const log = document.getElementById('log');
for (const type of ['rsp-complete', 'rsp-training-select', 'rsp-material-open']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const { trainingId, sessionId, id, scope } = event.detail;
    item.textContent = `${type}: ${[trainingId ?? id, sessionId, scope].filter(Boolean).join(' / ')}`;
    log.append(item);
    if (type === 'rsp-training-select') event.preventDefault(); // stay on this page in the demo
  });
}
