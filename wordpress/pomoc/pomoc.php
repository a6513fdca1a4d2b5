<?php
/**
 * Plugin Name:       Pomoc – social services
 * Description:       Puts the Pomoc widgets (finder, life-situation navigator, map of social services) into posts and pages as a block or a shortcode, over one JSON catalogue of services.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Pomoc contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       pomoc
 * Domain Path:       /languages
 *
 * @package Pomoc
 */

/*
 * The plugin's entry point. Why a plugin at all: in a plain WordPress the Media Library refuses the
 * widgets' .js and the catalogue's .json, an Author's (or any user's under DISALLOW_UNFILTERED_HTML)
 * <script> and <pomoc-*> elements are stripped on save, and the classic editor's Visual tab drops
 * unknown elements. A dynamic block and a shortcode are rendered by PHP at view time, so no role's
 * content filtering can remove them, and the widget files ship inside the plugin.
 */

defined( 'ABSPATH' ) || exit;

define( 'POMOC_VERSION', '0.1.0' );
define( 'POMOC_FILE', __FILE__ );
define( 'POMOC_DIR', plugin_dir_path( __FILE__ ) );

require_once POMOC_DIR . 'includes/render.php';
require_once POMOC_DIR . 'includes/block.php';
require_once POMOC_DIR . 'includes/shortcode.php';
require_once POMOC_DIR . 'includes/settings.php';

/**
 * Loads the admin side's translations from the plugin's own languages/ folder: the plugin is not
 * hosted on WordPress.org, so no language pack would bring them.
 */
function pomoc_load_textdomain() {
	load_plugin_textdomain( 'pomoc', false, dirname( plugin_basename( POMOC_FILE ) ) . '/languages' );
}
add_action( 'init', 'pomoc_load_textdomain', 1 );
