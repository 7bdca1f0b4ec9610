// React 19 sets properties on custom elements (catalog={…}) and binds `on<event name>` props to that exact event.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'rsp-archive';
import 'rsp-archive/training-player.js';

function App() {
  const [catalog, setCatalog] = useState();
  const [log, setLog] = useState([]);
  const add = (line) => setLog((lines) => [...lines, line]);

  useEffect(() => {
    fetch('../../demo/catalog.json')
      .then((response) => response.json())
      .then((data) => {
        // Relative media paths in a catalog object resolve against the page: point them at the demo's folder.
        setCatalog(JSON.parse(JSON.stringify(data).replace(/"source\//g, '"../../demo/source/')));
      });
  }, []);

  return (
    <>
      <rsp-training-list
        catalog={catalog}
        page-size="2"
        hide-filters
        onrsp-training-select={(event) => {
          event.preventDefault();
          add(`selected ${event.detail.id}`);
        }}
      />
      <rsp-training-player
        catalog={catalog}
        training="tist"
        session="module-1"
        complete-at="0.1"
        onrsp-complete={(event) => {
          if (event.detail.scope === 'session') add(`completed ${event.detail.trainingId}/${event.detail.sessionId}`);
        }}
      />
      <ul id="log">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </>
  );
}

createRoot(document.getElementById('root')).render(<App />);
