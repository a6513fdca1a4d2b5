import { PomocMap } from './map.component.js';

// A CMS may include the script twice: define the element only once.
if (!customElements.get('pomoc-map')) customElements.define('pomoc-map', PomocMap);

export { PomocMap };
