import { PomocFinder } from './finder.component.js';

// A CMS may include the script twice: define the element only once.
if (!customElements.get('pomoc-finder')) customElements.define('pomoc-finder', PomocFinder);

export { PomocFinder };
