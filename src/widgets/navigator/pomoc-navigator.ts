import { PomocNavigator } from './navigator.component.js';

// A CMS may include the script twice: define the element only once.
if (!customElements.get('pomoc-navigator')) customElements.define('pomoc-navigator', PomocNavigator);

export { PomocNavigator };
