// The demo page loads the library as a town's website would, and nothing else.
import '../src/index.js';
