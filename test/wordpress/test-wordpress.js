// `npm run test:wordpress`: the WordPress plugin in a real WordPress on this machine, as a town's
// webmaster and an Author would use it. It installs what a fresh Debian lacks (WordPress 6.1 and its
// Twenty Twenty-Three and Twenty Twenty-One themes from Debian's packages, MariaDB, Apache with
// PHP), starts MariaDB and its own Apache on 127.0.0.1:8418, sets up a new site each run, and drives
// Chromium through it: an Administrator uploads dist/pomoc-wordpress.zip on Plugins → Add New →
// Upload, checks a catalogue on the settings page and uploads it; an Author publishes a post with
// the block and one with the shortcode (in the classic editor, through its Visual and Text tabs);
// the published pages must show working widgets in both themes and speak the site's language.
// Screenshots go to .tmp/wordpress-shots/ (or $POMOC_WP_SHOTS). Ends with "N passed, M failed".
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/chromium.js';
import { DEFAULT_OPTIONS, snippet } from '../../demo/snippet.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const HERE = join(REPO, 'test/wordpress');
const ZIP = join(REPO, 'dist/pomoc-wordpress.zip');
const PORT = 8418;
const SITE = `http://127.0.0.1:${PORT}`;
// Everything of the test site lives here (and in its database); each run starts it anew.
const ROOT = '/var/lib/pomoc-wp-test';
const CONTENT = join(ROOT, 'wp-content');
const CONFIG = '/etc/wordpress/config-pomoctest.php';
const DB = { name: 'pomoc_wp_test', user: 'pomoc_wp_test', password: 'pomoc-wp-test-only' };
const ADMIN = { login: 'spravce', password: 'spravce-heslo-123' };
const AUTHOR = { login: 'autorka', password: 'autorka-heslo-123' };
const SHOTS = resolve(process.env.POMOC_WP_SHOTS ?? join(REPO, '.tmp/wordpress-shots'));
const PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'wordpress-theme-twentytwentyone',
  'mariadb-server',
  'apache2',
  'libapache2-mod-php',
  'php-mysql',
  'php-zip',
  // WordPress's own translations: without them a site cannot be switched to Czech or Ukrainian.
  'wordpress-l10n',
];
const started = Date.now();
// The top of a published page: the heading, the text and the widget's first results.
const TOP = { x: 0, y: 0, width: 1280, height: 1400 };

// ── Checks ────────────────────────────────────────────────────────────────────
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
  return ok;
}
async function step(name, action) {
  try {
    return await action();
  } catch (error) {
    check(name, false, String(error?.stack ?? error));
    return undefined;
  }
}

// ── The machine: packages and services ───────────────────────────────────────
const sh = (command, options = {}) => execFileSync('sh', ['-c', command], { encoding: 'utf8', ...options });
const quiet = (command) => spawnSync('sh', ['-c', command], { encoding: 'utf8' });

function installPackages() {
  const missing = PACKAGES.filter(
    (name) => !/install ok installed/.test(quiet(`dpkg-query -W -f='\${Status}' ${name}`).stdout),
  );
  if (!missing.length) return;
  if (process.getuid?.() !== 0 || quiet('command -v apt-get').status !== 0) {
    console.error(`Missing Debian packages: ${missing.join(' ')}. Install them (apt-get install) and run again.`);
    process.exit(1);
  }
  console.log(`Installing from Debian: ${missing.join(' ')}…`);
  const t = Date.now();
  sh(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${PACKAGES.join(' ')}`,
    {
      stdio: 'inherit',
    },
  );
  console.log(`Installed in ${((Date.now() - t) / 1000).toFixed(0)} s.`);
}

function startMariaDb() {
  if (quiet('mariadb-admin ping --silent').status === 0) return;
  console.log('Starting MariaDB…');
  sh('service mariadb start >/dev/null');
  for (let i = 0; i < 60 && quiet('mariadb-admin ping --silent').status !== 0; i++) sh('sleep 0.5');
}

function resetDatabase() {
  const sql = [
    `DROP DATABASE IF EXISTS ${DB.name}`,
    `CREATE DATABASE ${DB.name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    `CREATE USER IF NOT EXISTS '${DB.user}'@'localhost' IDENTIFIED BY '${DB.password}'`,
    `GRANT ALL ON ${DB.name}.* TO '${DB.user}'@'localhost'`,
  ].join('; ');
  sh(`mariadb -u root -e "${sql}"`);
}

const APACHE = ['-d', '/etc/apache2', '-f', join(ROOT, 'apache.conf')];
function stopApache() {
  const pidFile = join(ROOT, 'apache.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  spawnSync('apache2', [...APACHE, '-k', 'stop']);
  for (let i = 0; i < 40; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    sh('sleep 0.25');
  }
}

/** Our own Apache on a loopback port, with its own config: the machine's Apache is left alone. */
function startApache() {
  writeFileSync(
    join(ROOT, 'apache.conf'),
    `# The WordPress test's Apache (test/wordpress/test-wordpress.js writes this file each run).
ServerRoot "/etc/apache2"
ServerName 127.0.0.1
Listen 127.0.0.1:${PORT}
PidFile ${ROOT}/apache.pid
DefaultRuntimeDir ${ROOT}/run
Mutex file:${ROOT}/run default
User www-data
Group www-data
ErrorLog ${ROOT}/logs/error.log
LogLevel warn
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule php_module /usr/lib/apache2/modules/${readdirSync('/usr/lib/apache2/modules').find((file) => /^libphp[\d.]*\.so$/.test(file))}
TypesConfig /etc/mime.types
AddType application/json .json
AddType text/javascript .js .mjs
StartServers 2
MinSpareServers 2
MaxSpareServers 4
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG pomoctest
Alias /wp-content ${CONTENT}
Alias /pomoc-test-data ${ROOT}/data
DocumentRoot /usr/share/wordpress
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Require all granted
</Directory>
<Directory ${ROOT}>
  Require all granted
</Directory>
`,
  );
  sh(`apache2 ${APACHE.join(' ')} -k start`);
  for (let i = 0; i < 40; i++) {
    if (quiet(`php -r 'exit(@fsockopen("127.0.0.1", ${PORT}) ? 0 : 1);'`).status === 0) return;
    sh('sleep 0.25');
  }
  throw new Error(`Apache did not start on ${SITE}; see ${ROOT}/logs/error.log`);
}

function site(...args) {
  return execFileSync('php', [join(HERE, 'site.php'), ...args], { encoding: 'utf8' }).trim();
}

function setUpSite() {
  stopApache();
  rmSync(ROOT, { recursive: true, force: true });
  for (const dir of [
    'run',
    'logs',
    'data',
    'wp-content/plugins',
    'wp-content/themes',
    'wp-content/uploads',
    'wp-content/upgrade',
    'wp-content/mu-plugins',
  ]) {
    mkdirSync(join(ROOT, dir), { recursive: true });
  }
  for (const theme of ['twentytwentythree', 'twentytwentyone']) {
    symlinkSync(`/usr/share/wordpress/wp-content/themes/${theme}`, join(CONTENT, 'themes', theme));
  }
  symlinkSync('/usr/share/wordpress/wp-content/languages', join(CONTENT, 'languages'));
  copyFileSync(join(HERE, 'classic-editor.php'), join(CONTENT, 'mu-plugins/pomoc-test-classic-editor.php'));
  // The catalogue the shortcode names directly, and the embed files for the iframe snippet.
  copyFileSync(join(REPO, 'data-schema/examples/sample-catalogue.json'), join(ROOT, 'data/sample-catalogue.json'));
  mkdirSync(join(ROOT, 'data/pomoc'));
  sh(`cp ${REPO}/dist/*.js ${REPO}/dist/embed.html ${ROOT}/data/pomoc/`);
  sh(`chown -R www-data:www-data ${CONTENT}`);
  writeFileSync(
    CONFIG,
    `<?php
// The WordPress test's site (test/wordpress/test-wordpress.js writes this file each run).
define( 'DB_NAME', '${DB.name}' );
define( 'DB_USER', '${DB.user}' );
define( 'DB_PASSWORD', '${DB.password}' );
define( 'DB_HOST', 'localhost' );
define( 'WP_HOME', '${SITE}' );
define( 'WP_SITEURL', '${SITE}' );
define( 'WP_CONTENT_DIR', '${CONTENT}' );
define( 'WP_CONTENT_URL', '${SITE}/wp-content' );
define( 'FS_METHOD', 'direct' );
// This machine reaches no WordPress.org: asking would only wait for timeouts.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${ROOT}/logs/debug.log' );
define( 'AUTH_KEY', 'test' ); define( 'SECURE_AUTH_KEY', 'test' ); define( 'LOGGED_IN_KEY', 'test' ); define( 'NONCE_KEY', 'test' );
define( 'AUTH_SALT', 'test' ); define( 'SECURE_AUTH_SALT', 'test' ); define( 'LOGGED_IN_SALT', 'test' ); define( 'NONCE_SALT', 'test' );
`,
  );
  startMariaDb();
  resetDatabase();
  startApache();
  site('install', 'Obec Pomocná', ADMIN.login, ADMIN.password);
  site('user', AUTHOR.login, 'author', AUTHOR.password);
  site('theme', 'twentytwentythree');
  // debug.log is written by www-data too.
  sh(`touch ${ROOT}/logs/debug.log && chown www-data:www-data ${ROOT}/logs/debug.log`);
}

// ── The browser ──────────────────────────────────────────────────────────────
async function logIn(browser, user) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
  await page.goto(`${SITE}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await page.type('#user_login', user.login);
  await page.type('#user_pass', user.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#wp-submit')]);
  return page;
}

const text = (page, selector) => page.$eval(selector, (element) => element.textContent ?? '').catch(() => '');

/** What a resident sees of the widgets on a published page. */
async function widgetState(page) {
  return page.evaluate(() => {
    const finder = document.querySelector('pomoc-finder');
    const map = document.querySelector('pomoc-map');
    const shadow = (element, selector) => [...(element?.shadowRoot?.querySelectorAll(selector) ?? [])];
    const wrapper = document.querySelector('.pomoc');
    const paragraph = document.querySelector('.entry-content > p, .wp-block-post-content > p');
    return {
      finderLang: finder?.getAttribute('lang') ?? null,
      mapHeading: shadow(map, '[part="heading"]')[0]?.textContent?.trim() ?? '',
      heading: shadow(finder, '[part="heading"]')[0]?.textContent?.trim() ?? '',
      results: shadow(finder, '[part="result"]').length,
      markers: shadow(map, '.leaflet-marker-icon').length,
      htmlLang: document.documentElement.lang,
      scripts: [...document.scripts].filter((script) => /pomoc\.iife\.js/.test(script.src)).length,
      wrapperLeft: wrapper?.getBoundingClientRect().left,
      wrapperWidth: wrapper?.getBoundingClientRect().width,
      textLeft: paragraph?.getBoundingClientRect().left,
    };
  });
}

async function waitForResults(page, selector = 'pomoc-finder', timeout = 20_000) {
  await page
    .waitForFunction(
      (tag) => (document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0) > 0,
      { timeout },
      selector,
    )
    .catch(() => undefined);
}

async function main() {
  const chromium = ensureChromium();
  if (!existsSync(ZIP)) {
    console.error(`${ZIP} is missing: run npm run build:wordpress (npm run test:wordpress does).`);
    process.exit(1);
  }
  installPackages();
  // Every PHP file of the plugin as shipped parses on this PHP (WordPress's coding-standards sniffs
  // come from Packagist, which this machine cannot reach; see README).
  const zip = await JSZip.loadAsync(readFileSync(ZIP));
  const php = Object.keys(zip.files).filter((file) => file.endsWith('.php'));
  const broken = [];
  for (const file of php) {
    const source = await zip.file(file).async('string');
    if (spawnSync('php', ['-l'], { input: source, encoding: 'utf8' }).status !== 0) broken.push(file);
  }
  check(`the plugin's ${php.length} PHP files parse (php -l)`, php.length > 5 && !broken.length, broken.join(', '));
  const setupStart = Date.now();
  setUpSite();
  console.log(`Site ready at ${SITE} in ${((Date.now() - setupStart) / 1000).toFixed(1)} s.`);
  mkdirSync(SHOTS, { recursive: true });

  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...CHROMIUM_ARGS, '--lang=cs-CZ'],
  });
  try {
    await run(browser);
  } finally {
    await browser.close();
    stopApache();
  }
}

async function run(browser) {
  // 1. The Administrator installs the plugin from the zip, through Plugins → Add New → Upload.
  const admin = await logIn(browser, ADMIN);
  await step('the Administrator installs the plugin from the zip', async () => {
    await admin.goto(`${SITE}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded' });
    const input = await admin.$('#pluginzip');
    await input.uploadFile(ZIP);
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 60_000 }),
      admin.click('#install-plugin-submit'),
    ]);
    const body = await text(admin, '#wpbody-content');
    check(
      'the Administrator installs the plugin from the zip (Plugins → Add New → Upload)',
      /Plugin installed successfully/.test(body),
      body.slice(0, 400),
    );
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.click('a[href*="action=activate"]'),
    ]);
    check('the plugin activates', /Plugin activated/.test(await text(admin, '#wpbody-content')));
  });

  // 2. Settings → Pomoc: a broken catalogue gets the CLI's messages; the sample is uploaded.
  await step('the settings page checks and uploads a catalogue', async () => {
    const sample = JSON.parse(readFileSync(join(REPO, 'data-schema/examples/sample-catalogue.json'), 'utf8'));
    delete sample.services[0].name;
    sample.services[1].url = 'javascript:alert(1)';
    const broken = join(ROOT, 'data/broken.json');
    writeFileSync(broken, JSON.stringify(sample, null, 2));
    const cli = JSON.parse(
      spawnSync('node', [join(REPO, 'bin/pomoc.js'), 'validate', broken, '--lang', 'en', '--json'], {
        encoding: 'utf8',
      }).stdout,
    );
    const expected = cli.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message);

    await admin.goto(`${SITE}/wp-admin/options-general.php?page=pomoc`, { waitUntil: 'domcontentloaded' });
    await (await admin.$('#pomoc-catalogue-file')).uploadFile(broken);
    await admin.waitForSelector('#pomoc-report .pomoc-verdict');
    const shown = await admin.$$eval('#pomoc-report h3:first-of-type + ul li', (items) =>
      items.map((item) => item.textContent),
    );
    check(
      'a broken catalogue: the settings page lists the same errors, in the same words, as pomoc validate',
      expected.length === 2 && JSON.stringify(shown) === JSON.stringify(expected),
      `CLI: ${JSON.stringify(expected)} page: ${JSON.stringify(shown)}`,
    );
    check(
      '…and does not upload it unless asked to',
      await admin.$eval('#pomoc-upload-submit', (button) => button.disabled),
    );
    await admin.screenshot({ path: join(SHOTS, 'settings-broken-catalogue.png'), fullPage: true });

    await (await admin.$('#pomoc-catalogue-file')).uploadFile(join(REPO, 'data-schema/examples/sample-catalogue.json'));
    await admin.waitForFunction(() =>
      /VALID\. /.test(document.querySelector('#pomoc-report .pomoc-verdict')?.textContent ?? ''),
    );
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.click('#pomoc-upload-submit'),
    ]);
    const url = JSON.parse(site('option', 'pomoc_catalogue_url'));
    check(
      'the sample catalogue is uploaded to wp-content/uploads/pomoc/ and becomes the site’s catalogue',
      /\/wp-content\/uploads\/pomoc\/katalog\.json\?v=\d+$/.test(url) &&
        existsSync(join(CONTENT, 'uploads/pomoc/katalog.json')),
      url,
    );
    const fetched = await admin.evaluate(async (address) => (await fetch(address)).headers.get('content-type'), url);
    check('…and is served as JSON', /application\/json/.test(fetched ?? ''), fetched);
  });

  // The iframe snippet from the snippet builder, in a Custom HTML block by the Administrator (the
  // only role WordPress lets paste an iframe and a script), beside a bare iframe for comparison.
  const embedded = snippet({
    ...DEFAULT_OPTIONS,
    embed: 'iframe',
    scriptUrl: `${SITE}/pomoc-test-data/pomoc/pomoc.iife.js`,
    src: `${SITE}/pomoc-test-data/sample-catalogue.json`,
  });
  const iframeFile = join(ROOT, 'data/iframe-post.html');
  writeFileSync(
    iframeFile,
    `<!-- wp:paragraph --><p>Sociální služby v rámečku, jak ho připraví stránka Sestavit kód.</p><!-- /wp:paragraph -->
<!-- wp:html -->${embedded}<!-- /wp:html -->
<!-- wp:html --><iframe class="bare" title="bez obalu" src="about:blank" style="width: 100%; border: 0"></iframe><!-- /wp:html -->`,
  );
  const iframePost = site('new-post', ADMIN.login, 'Služby v rámečku', iframeFile);

  // 3. The Author publishes a post with the block.
  const author = await logIn(browser, AUTHOR);
  let blockPost = '';
  let blockPostId = 0;
  await step('the Author publishes a post with the block', async () => {
    await author.goto(`${SITE}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded' });
    await author.waitForFunction(() => window.wp?.blocks?.getBlockType?.('pomoc/services'), { timeout: 30_000 });
    await author.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      if (select('core/edit-post').isFeatureActive('welcomeGuide'))
        dispatch('core/edit-post').toggleFeature('welcomeGuide');
      dispatch('core/editor').editPost({ title: 'Kam se obrátit' });
      const intro = window.wp.blocks.createBlock('core/paragraph', {
        content: 'Sociální služby v okolí, od pečovatelské služby po krizovou pomoc.',
      });
      const block = window.wp.blocks.createBlock('pomoc/services', { heading: 'Sociální služby na Rokycansku' });
      dispatch('core/block-editor').insertBlocks([intro, block]);
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // The sidebar's own controls: the widget, and a preset typed into the target groups.
    const show = await author.waitForSelector('.block-editor-block-inspector select');
    await show.select('finder-map');
    await author.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      const block = select('core/block-editor').getSelectedBlock();
      dispatch('core/block-editor').updateBlockAttributes(block.clientId, { towns: 'Rokycany' });
    });
    // The preview is rendered by PHP through the REST API: on a loaded machine a render takes a
    // while, and until the one with both changes arrives the previous one stays on screen.
    await author
      .waitForFunction(
        () =>
          document.querySelector('.pomoc-preview pomoc-map') &&
          document.querySelector('.pomoc-preview pomoc-finder[towns]'),
        { timeout: 90_000 },
      )
      .catch(() => undefined);
    await waitForResults(author, '.pomoc-preview pomoc-finder', 30_000);
    const preview = await author.evaluate(() => {
      const finder = document.querySelector('.pomoc-preview pomoc-finder');
      const map = document.querySelector('.pomoc-preview pomoc-map');
      return {
        results: finder?.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0,
        height: finder?.getBoundingClientRect().height ?? 0,
        map: Boolean(map),
      };
    });
    check(
      'the editor shows the block live: the finder with results and its map, not clipped',
      preview.results > 0 && preview.height > 300 && preview.map,
      JSON.stringify(preview),
    );
    const labels = await author.$$eval('.block-editor-block-inspector label', (items) =>
      items.map((item) => item.textContent),
    );
    check(
      'the sidebar has the settings: widget, catalogue, language, heading',
      ['Show', 'Catalogue URL', 'Language', 'Heading'].every((label) => labels.includes(label)),
      JSON.stringify(labels),
    );
    await author.screenshot({ path: join(SHOTS, 'editor-block-settings.png') });
    await author.click('.editor-post-publish-panel__toggle');
    await author.waitForSelector(
      '.editor-post-publish-panel__header-publish-button button:not([aria-disabled="true"])',
    );
    await author.click('.editor-post-publish-panel__header-publish-button button');
    await author.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished(), {
      timeout: 30_000,
    });
    blockPost = await author.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    blockPostId = await author.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
    check('the Author publishes the post with the block', Boolean(blockPost), blockPost);
  });

  // 4. The Author publishes a post with the shortcode, in the classic editor.
  let shortcodePost = '';
  const shortcode = `[pomoc widget="finder" src="${SITE}/pomoc-test-data/sample-catalogue.json?zdroj=kraj&verze=1" target-groups="seniori" page-size="5"]`;
  // What an Author must not get onto the page: a script URL as the catalogue, markup in a heading.
  const hostile = `[pomoc widget="navigator" src="javascript:alert(1)" heading='Rady "a" onmouseover="alert(1)']`;
  await step('the Author publishes a post with the shortcode', async () => {
    await author.goto(`${SITE}/wp-admin/post-new.php?pomoc-classic`, { waitUntil: 'domcontentloaded' });
    await author.type('#title', 'Služby pro seniory');
    await author.click('#content-html');
    await author.type(
      '#content',
      `Služby pro seniory v okolí.\n\n${shortcode}\n\nAktualizováno podle katalogu kraje.\n\n${hostile}`,
    );
    await author.click('#content-tmce');
    await author.waitForFunction(() => window.tinymce?.get('content')?.getContent().includes('[pomoc'));
    await author.click('#content-html');
    const kept = await author.$eval('#content', (area) => area.value);
    check(
      'the shortcode survives a switch to the Visual tab and back',
      kept.includes(shortcode.replace(/&/g, '&amp;')) || kept.includes(shortcode),
      kept,
    );
    await author.click('#content-tmce');
    // An autosave in progress disables Publish for a moment.
    await author.waitForSelector('#publish:not(.disabled):not([disabled])');
    await author.click('#publish');
    await author.waitForFunction(() => /post\.php\?post=\d+/.test(location.href), { timeout: 30_000 });
    // WordPress redirects to the post's edit screen (the block editor: the switch is not in its URL).
    const postId = new URL(author.url()).searchParams.get('post');
    shortcodePost = site('permalink', postId);
    const saved = site('post-content', postId);
    check(
      'the post is published with the shortcode saved as written',
      Boolean(shortcodePost) && saved.includes('[pomoc widget="finder"'),
      saved,
    );
  });

  // 5. Residents: the published pages, in both themes and in the site's languages.
  const resident = await browser.createBrowserContext();
  const page = await resident.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => console.log(`  [page error] ${error.message}`));
  for (const theme of ['twentytwentythree', 'twentytwentyone']) {
    site('theme', theme);
    await step(`the block's page in ${theme}`, async () => {
      await page.goto(blockPost, { waitUntil: 'domcontentloaded' });
      await waitForResults(page);
      await page
        .waitForFunction(
          () =>
            (document.querySelector('pomoc-map')?.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length ?? 0) > 0,
          { timeout: 20_000 },
        )
        .catch(() => undefined);
      const state = await widgetState(page);
      check(
        `${theme}: the block's page shows the finder's results (towns preset) and the map's markers`,
        state.results > 0 && state.markers > 0 && state.heading === 'Sociální služby na Rokycansku',
        JSON.stringify(state),
      );
      // The site is at en_US here: both widgets must speak Czech, the map too.
      check(
        `${theme}: the finder and its map speak Czech on an en_US site`,
        state.finderLang === 'cs' && state.mapHeading === 'Služby na mapě',
        JSON.stringify(state),
      );
      check(
        `${theme}: the widgets sit in the text column`,
        state.wrapperLeft !== undefined &&
          state.textLeft !== undefined &&
          Math.abs(state.wrapperLeft - state.textLeft) < 2,
        JSON.stringify(state),
      );
      await page.screenshot({ path: join(SHOTS, `published-block-${theme}.png`), clip: TOP });
    });
    await step(`the shortcode's page in ${theme}`, async () => {
      await page.goto(shortcodePost, { waitUntil: 'domcontentloaded' });
      await waitForResults(page);
      const state = await widgetState(page);
      check(
        `${theme}: the shortcode's page shows the finder's results`,
        state.results > 0 && state.results <= 5,
        JSON.stringify(state),
      );
      await page.screenshot({ path: join(SHOTS, `published-shortcode-${theme}.png`), clip: TOP });
      const navigator = await page.evaluate(() => {
        const element = document.querySelector('pomoc-navigator');
        return {
          src: element?.getAttribute('src'),
          heading: element?.getAttribute('heading'),
          attributes: element?.getAttributeNames(),
        };
      });
      check(
        `${theme}: a javascript: catalogue URL gives way to the site's, quotes in a heading stay in it`,
        /\/uploads\/pomoc\/katalog\.json/.test(navigator.src ?? '') &&
          navigator.heading === 'Rady "a" onmouseover="alert(1)' &&
          !navigator.attributes?.includes('onmouseover'),
        JSON.stringify(navigator),
      );
    });
    await step(`the iframe snippet in ${theme}`, async () => {
      await page.goto(iframePost, { waitUntil: 'domcontentloaded' });
      await page
        .waitForFunction(
          () => {
            const frame = document.querySelector('.pomoc-embed iframe');
            const finder = frame?.contentDocument?.querySelector('pomoc-finder');
            return (
              (finder?.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0) > 0 &&
              // embed-host.js has caught up with the content (it first sizes the loading state).
              Math.abs(
                frame.getBoundingClientRect().height -
                  frame.contentDocument.documentElement.getBoundingClientRect().height,
              ) < 2
            );
          },
          { timeout: 20_000 },
        )
        .catch(() => undefined);
      const box = await page.evaluate(() => {
        const rect = (element) => element?.getBoundingClientRect();
        const paragraph = rect(document.querySelector('.entry-content > p, .wp-block-post-content > p'));
        const wrapped = rect(document.querySelector('.pomoc-embed iframe'));
        const bare = rect(document.querySelector('iframe.bare'));
        const finder = document.querySelector('.pomoc-embed iframe')?.contentDocument?.querySelector('pomoc-finder');
        return {
          text: [paragraph?.left, paragraph?.width],
          wrapped: [wrapped?.left, wrapped?.width, wrapped?.height],
          bare: [bare?.left, bare?.width],
          results: finder?.shadowRoot?.querySelectorAll('[part="result"]').length ?? 0,
        };
      });
      console.log(
        `  ${theme}: text column ${JSON.stringify(box.text)}, wrapped iframe ${JSON.stringify(box.wrapped)}, bare iframe ${JSON.stringify(box.bare)}`,
      );
      check(
        `${theme}: the builder's iframe snippet sits in the text column, as wide as the text, as tall as its content`,
        Math.abs(box.wrapped[0] - box.text[0]) < 2 &&
          Math.abs(box.wrapped[1] - box.text[1]) < 2 &&
          box.wrapped[2] > 640 &&
          box.results > 0,
        JSON.stringify(box),
      );
      await page.screenshot({ path: join(SHOTS, `published-iframe-${theme}.png`), clip: TOP });
    });
  }

  await step('the widgets load only where used', async () => {
    await page.goto(`${SITE}/?p=1`, { waitUntil: 'domcontentloaded' });
    check(
      'a page without the block or shortcode does not load the widgets’ script',
      (await widgetState(page)).scripts === 0,
    );
  });

  // The language follows the site's locale (en_US, WordPress's default, counts as unknown: Czech).
  const languages = [
    // WPLANG is empty for en_US.
    ['', 'cs', 'Najděte pomoc ve svém okolí'],
    ['uk', 'uk', 'Знайдіть допомогу поруч'],
    // Debian's WordPress translations have no en_GB; en_CA is another English locale.
    ['en_CA', 'en', 'Find help near you'],
    ['de_DE', 'cs', 'Najděte pomoc ve svém okolí'],
    ['cs_CZ', 'cs', 'Najděte pomoc ve svém okolí'],
  ];
  for (const [locale, lang, heading] of languages) {
    if (site('locale', locale) !== locale) check(`the site can be switched to ${locale || 'en_US'}`, false);
    await step(`language with ${locale || 'en_US'}`, async () => {
      await page.goto(shortcodePost, { waitUntil: 'domcontentloaded' });
      await waitForResults(page);
      await page
        .waitForFunction(
          (expected) =>
            document
              .querySelector('pomoc-finder')
              ?.shadowRoot?.querySelector('[part="heading"]')
              ?.textContent?.trim() === expected,
          { timeout: 10_000 },
          heading,
        )
        .catch(() => undefined);
      const state = await widgetState(page);
      check(
        `site locale ${locale || 'en_US'}: the widget speaks ${lang}`,
        state.finderLang === lang && state.heading === heading && state.results > 0,
        JSON.stringify(state),
      );
    });
  }
  await page.screenshot({ path: join(SHOTS, 'published-shortcode-cs_CZ.png'), clip: TOP });

  // The admin side in Czech and Ukrainian (the site is now cs_CZ).
  await step('the settings page in Czech', async () => {
    await admin.goto(`${SITE}/wp-admin/options-general.php?page=pomoc`, { waitUntil: 'domcontentloaded' });
    check(
      'the admin side speaks Czech on a cs_CZ site',
      (await text(admin, '.wrap h1')) === 'Pomoc – sociální služby',
      await text(admin, '.wrap h1'),
    );
  });
  await step('the block editor in Czech', async () => {
    await author.goto(`${SITE}/wp-admin/post.php?post=${blockPostId}&action=edit`, { waitUntil: 'domcontentloaded' });
    await author.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 1, {
      timeout: 30_000,
    });
    await author.evaluate(() => {
      const { dispatch, select } = window.wp.data;
      const block = select('core/block-editor')
        .getBlocks()
        .find((candidate) => candidate.name === 'pomoc/services');
      dispatch('core/block-editor').selectBlock(block.clientId);
      dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await author.waitForSelector('.block-editor-block-inspector select');
    await waitForResults(author, '.pomoc-preview pomoc-finder', 30_000);
    const labels = await author.$$eval('.block-editor-block-inspector label', (items) =>
      items.map((item) => item.textContent),
    );
    const title = await text(author, '.block-editor-block-card__title');
    check(
      'the block’s sidebar speaks Czech on a cs_CZ site',
      title === 'Pomoc – sociální služby' && labels.includes('Adresa katalogu') && labels.includes('Zobrazit'),
      `${title} ${JSON.stringify(labels)}`,
    );
    await author.screenshot({ path: join(SHOTS, 'editor-block-settings-cs.png') });
  });
  site('locale', 'uk');
  await step('the settings page in Ukrainian', async () => {
    await admin.goto(`${SITE}/wp-admin/options-general.php?page=pomoc`, { waitUntil: 'domcontentloaded' });
    check(
      'the admin side speaks Ukrainian on a uk site',
      (await text(admin, '.wrap h1')) === 'Pomoc – соціальні послуги',
      await text(admin, '.wrap h1'),
    );
  });
  site('locale', '');

  // The Administrator deletes the plugin: its options and uploaded catalogue go with it.
  await step('the plugin uninstalls cleanly', async () => {
    await admin.goto(`${SITE}/wp-admin/plugins.php`, { waitUntil: 'domcontentloaded' });
    await Promise.all([
      admin.waitForNavigation({ waitUntil: 'domcontentloaded' }),
      admin.click('tr[data-plugin="pomoc/pomoc.php"] .deactivate a'),
    ]);
    admin.once('dialog', (dialog) => dialog.accept());
    await admin.click('tr[data-plugin="pomoc/pomoc.php"] .delete a');
    await admin.waitForFunction(
      () =>
        !document.querySelector('tr[data-plugin="pomoc/pomoc.php"]') ||
        /deleted/i.test(document.body.textContent ?? ''),
      { timeout: 30_000 },
    );
    const options = [site('option', 'pomoc_catalogue_url'), site('option', 'pomoc_language')];
    check(
      'deleting the plugin removes its options and uploaded catalogue',
      options.every((value) => value === 'null') &&
        !existsSync(join(CONTENT, 'uploads/pomoc')) &&
        !existsSync(join(CONTENT, 'plugins/pomoc')),
      JSON.stringify(options),
    );
  });

  const log = existsSync(join(ROOT, 'logs/debug.log')) ? readFileSync(join(ROOT, 'logs/debug.log'), 'utf8') : '';
  const ours = log.split('\n').filter((line) => /plugins\/pomoc\//.test(line));
  check('no PHP notice or warning from the plugin', ours.length === 0, ours.slice(0, 5).join('\n'));
}

await main().catch((error) => {
  check('the WordPress test ran to the end', false, String(error?.stack ?? error));
});
const passed = results.filter((result) => result.ok).length;
console.log(`\nWordPress (${((Date.now() - started) / 1000).toFixed(0)} s; screenshots in ${SHOTS})`);
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(results.length && passed === results.length ? 0 : 1);
