<?php
/**
 * What block/editor.js needs loaded first. Written by hand because the editor script has no build
 * step (WordPress reads this file for a block.json script's dependencies).
 *
 * @package Pomoc
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render', 'pomoc-widgets' ),
	'version'      => '0.1.0',
);
