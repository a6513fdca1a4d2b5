<?php
/**
 * The block "Pomoc – sociální služby": registered from block.json, rendered by PHP (a dynamic block:
 * the post stores only a comment with the settings, so no role's content filtering can strip it).
 * The editor script (block/editor.js, plain JavaScript against WordPress's globals, no build step)
 * shows the settings in the sidebar and a live preview through the same PHP rendering.
 *
 * @package Pomoc
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the block, and gives its editor script its translations.
 */
function pomoc_register_block() {
	register_block_type(
		POMOC_DIR . 'block',
		array(
			'render_callback' => 'pomoc_render_block',
		)
	);
	$handle = generate_block_asset_handle( 'pomoc/services', 'editorScript' );
	wp_set_script_translations( $handle, 'pomoc', POMOC_DIR . 'languages' );
}
add_action( 'init', 'pomoc_register_block' );

/**
 * What the editor script offers to choose from, read only when the block editor opens: the code
 * lists' labels, the site's default catalogue and language.
 */
function pomoc_block_editor_data() {
	$handle    = generate_block_asset_handle( 'pomoc/services', 'editorScript' );
	$codelists = array();
	$file      = POMOC_DIR . 'block/codelists.json';
	if ( is_readable( $file ) ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin itself.
		$codelists = json_decode( (string) file_get_contents( $file ), true );
	}
	$data = array(
		'codelists'        => $codelists,
		'defaultCatalogue' => pomoc_default_catalogue(),
		'defaultLanguage'  => pomoc_default_language(),
		'settingsUrl'      => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=pomoc' ) : '',
	);
	wp_add_inline_script( $handle, 'window.pomocBlock = ' . wp_json_encode( $data ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'pomoc_block_editor_data' );

/**
 * The block's HTML: the widgets inside the block's wrapper (alignment, spacing and class names the
 * editor gives it).
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function pomoc_render_block( $attributes ) {
	// The editor's preview comes through the REST API's block renderer.
	$preview = defined( 'REST_REQUEST' ) && REST_REQUEST;
	$html    = pomoc_render( $attributes, $preview );
	if ( '' === $html ) {
		return '';
	}
	return '<div ' . get_block_wrapper_attributes( array( 'class' => 'pomoc' ) ) . '>' . $html . '</div>';
}

/**
 * In the editor the preview's custom elements need the widgets' script in the document that shows
 * them: the editor page (WordPress 6.1) or the editor's iframe canvas (later versions load
 * enqueue_block_assets there). On the front end it stays out: pomoc_render() enqueues it on the
 * pages that show a widget.
 */
function pomoc_editor_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'pomoc-widgets' );
	}
}
add_action( 'enqueue_block_assets', 'pomoc_editor_assets' );
