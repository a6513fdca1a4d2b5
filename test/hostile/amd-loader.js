// A minimal AMD loader, as RequireJS and old CMS themes install it: anything calling define() is
// captured here and never runs on its own.
window.amdDefined = [];
window.define = function define(...args) {
  window.amdDefined.push(args);
};
window.define.amd = { jQuery: true };
window.require = function require() {};
