<?php
/**
 * The shortcode [pomoc widget="finder" src="…" …] for the classic editor. TinyMCE's Visual tab keeps
 * a shortcode (plain text) where it drops <pomoc-*> elements, and like the block it is rendered by
 * PHP when the page is viewed, whoever wrote the post. Attribute names are the widgets' own
 * (service-types, target-groups, page-size, tile-url…); snake_case works too.
 *
 * @package Pomoc
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's HTML.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function pomoc_shortcode( $atts ) {
	$html = pomoc_render( is_array( $atts ) ? $atts : array() );
	if ( '' === $html ) {
		return '';
	}
	return '<div class="pomoc pomoc-shortcode">' . $html . '</div>';
}
add_shortcode( 'pomoc', 'pomoc_shortcode' );
