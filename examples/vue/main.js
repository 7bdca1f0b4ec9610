// Vue 3 sets properties when the element has them (:catalog) and listens with @rsp-… like any DOM event.
// isCustomElement tells Vue's template compiler that rsp-* tags are not Vue components.
import { createApp, ref } from 'vue';
import 'rsp-archive';
import 'rsp-archive/training-player.js';

const app = createApp({
  setup() {
    const catalog = ref();
    const log = ref([]);
    fetch('../../demo/catalog.json')
      .then((response) => response.json())
      .then((data) => {
        // Relative media paths in a catalog object resolve against the page: point them at the demo's folder.
        catalog.value = JSON.parse(JSON.stringify(data).replace(/"source\//g, '"../../demo/source/'));
      });
    const onSelect = (event) => {
      event.preventDefault();
      log.value.push(`selected ${event.detail.id}`);
    };
    const onComplete = (event) => {
      if (event.detail.scope === 'session') log.value.push(`completed ${event.detail.trainingId}/${event.detail.sessionId}`);
    };
    return { catalog, log, onSelect, onComplete };
  },
  template: `
    <rsp-training-list :catalog="catalog" page-size="2" hide-filters @rsp-training-select="onSelect"></rsp-training-list>
    <rsp-training-player :catalog="catalog" training="tist" session="module-1" complete-at="0.1"
      @rsp-complete="onComplete"></rsp-training-player>
    <ul id="log"><li v-for="line in log">{{ line }}</li></ul>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('rsp-');
app.mount('#app');
