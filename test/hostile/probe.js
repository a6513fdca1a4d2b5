// Loaded first on every hostile page: records what went wrong for the test to read.
window.hostile = { errors: [], violations: [] };
window.addEventListener('error', (event) => window.hostile.errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.hostile.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.hostile.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
