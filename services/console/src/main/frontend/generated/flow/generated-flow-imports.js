import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'daa17ac7bd247022151a2c4c33ff7074adfe55663e0197d1914bb8dc2f258854') {
    pending.push(import('./chunks/chunk-070367ae8a2343912e94bc53ba15a7e6e0ed1e5ca023ea45da601e596f083750.js'));
  }
  if (key === '112ca74613fdee88492995c5e348c012fca83840628922f36aa71af14a29ad7f') {
    pending.push(import('./chunks/chunk-cf19f3c0b0a5dc09e659f5e7d93cde4d9a0eff588624bbdf02d8100a9b83c032.js'));
  }
  if (key === 'd73282fc31794a29193f832413503cf86f888725d13bef1ccc11b5ffd43412a9') {
    pending.push(import('./chunks/chunk-9419abf116b26564fb1bc4f5457297b92f408ef67888fc76d88c2c0fdc67df97.js'));
  }
  if (key === '5b975732abf7525d8e653684930e59c111ddfca1388e350865aab011dbf7fde1') {
    pending.push(import('./chunks/chunk-399bfc4e679dffef1879abc2e0c3d19cc8e28c48bb95e00654909def63b2d51f.js'));
  }
  if (key === '93051ba34bbdf01bedbe8136489bad5eedacd89439ce5cc39305c57f66a166a4') {
    pending.push(import('./chunks/chunk-c7ce63f51165b7bfb7396bfea3e7e3f95b8f417cc4cd28d287c6c322e14398c4.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}