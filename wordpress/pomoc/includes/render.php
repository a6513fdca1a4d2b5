<?php
/**
 * The one place that turns a block's or a shortcode's settings into the widgets' HTML, so that both
 * escape alike: every value goes through esc_attr()/esc_url() here, catalogue and tile URLs must be
 * http(s), codes and numbers are reduced to what the widgets accept. It also enqueues the widgets'
 * script, which therefore loads only on pages that show a widget.
 *
 * @package Pomoc
 */

defined( 'ABSPATH' ) || exit;

/** The widgets a block or shortcode can show: the finder with its map is two linked elements. */
const POMOC_WIDGETS = array( 'finder', 'navigator', 'map', 'finder-map' );

/** The interface languages of the widgets. */
const POMOC_LANGUAGES = array( 'cs', 'en', 'uk' );

/**
 * Registers the widgets' classic script. pomoc.iife.js imports the widgets' ES modules from its own
 * folder (dist/ inside the plugin), so only this one handle is needed.
 */
function pomoc_register_script() {
	wp_register_script(
		'pomoc-widgets',
		plugins_url( 'dist/pomoc.iife.js', POMOC_FILE ),
		array(),
		POMOC_VERSION,
		true
	);
}
add_action( 'init', 'pomoc_register_script' );

/**
 * The widgets' language from a WordPress locale: cs_CZ and sk_SK → Czech, uk → Ukrainian, en_GB and
 * other English locales → English; anything else, and en_US, → Czech.
 *
 * Why en_US is Czech: it is WordPress's factory setting, the locale of every site whose webmaster
 * never opened Settings → General, which the Czech towns this plugin is for often did not (their
 * content is Czech all the same). It says nothing about the residents, so it counts as unknown. A
 * site that is English on purpose picks English on the plugin's settings page (or en_GB).
 *
 * @param string $locale A WordPress locale such as cs_CZ, en_US, uk.
 * @return string cs, en or uk.
 */
function pomoc_language_of_locale( $locale ) {
	$locale = strtolower( str_replace( '-', '_', (string) $locale ) );
	if ( 'en_us' === $locale || '' === $locale ) {
		return 'cs';
	}
	$language = strtok( $locale, '_' );
	if ( 'uk' === $language ) {
		return 'uk';
	}
	if ( 'en' === $language ) {
		return 'en';
	}
	return 'cs';
}

/**
 * The language widgets speak when their block or shortcode names none: the settings page's choice,
 * else the site's locale mapped.
 *
 * @return string cs, en or uk.
 */
function pomoc_default_language() {
	$chosen = get_option( 'pomoc_language', '' );
	if ( in_array( $chosen, POMOC_LANGUAGES, true ) ) {
		return $chosen;
	}
	return pomoc_language_of_locale( get_locale() );
}

/**
 * An http(s) URL or ''. Relative and protocol-less addresses and every other scheme are refused:
 * a catalogue or tile address is data the resident's browser fetches.
 *
 * @param string $url The URL as typed.
 * @return string The URL, or '' when it is not an absolute http(s) URL.
 */
function pomoc_http_url( $url ) {
	$url = trim( html_entity_decode( (string) $url, ENT_QUOTES, 'UTF-8' ) );
	if ( ! preg_match( '#^https?://[^/\s]+#i', $url ) ) {
		return '';
	}
	return esc_url_raw( $url, array( 'http', 'https' ) );
}

/**
 * A tile URL template keeps its {z}/{x}/{y} (and {s}) placeholders, which esc_url_raw() would mangle.
 *
 * @param string $url The template as typed.
 * @return string The template, or '' when it is not an http(s) URL.
 */
function pomoc_tile_url( $url ) {
	$url = trim( html_entity_decode( (string) $url, ENT_QUOTES, 'UTF-8' ) );
	$probe = str_replace( array( '{z}', '{x}', '{y}', '{s}', '{r}' ), array( '0', '0', '0', 'a', '' ), $url );
	if ( '' === pomoc_http_url( $probe ) || preg_match( '/[\s"\'<>]/', $url ) ) {
		return '';
	}
	return $url;
}

/**
 * Space- or comma-separated codes (service types, target groups, forms) as the widgets take them:
 * lower-case slugs, space-separated.
 *
 * @param string $value The codes as typed.
 * @return string
 */
function pomoc_codes( $value ) {
	$codes = preg_split( '/[\s,]+/', strtolower( (string) $value ), -1, PREG_SPLIT_NO_EMPTY );
	$codes = array_filter(
		$codes,
		function ( $code ) {
			return (bool) preg_match( '/^[a-z0-9-]+$/', $code );
		}
	);
	return implode( ' ', array_unique( $codes ) );
}

/**
 * Towns, comma-separated, as the finder takes them.
 *
 * @param string $value The towns as typed.
 * @return string
 */
function pomoc_towns( $value ) {
	$towns = array_filter( array_map( 'trim', explode( ',', sanitize_text_field( (string) $value ) ) ) );
	return implode( ', ', $towns );
}

/**
 * The settings a block or shortcode may carry, normalised: unknown keys dropped, every value a string
 * the widgets accept ('' when unset or unusable).
 *
 * @param array $settings Block attributes (camelCase) or shortcode attributes (kebab-case or snake_case).
 * @return array
 */
function pomoc_normalize_settings( $settings ) {
	$get = function ( $names ) use ( $settings ) {
		foreach ( (array) $names as $name ) {
			if ( isset( $settings[ $name ] ) && is_scalar( $settings[ $name ] ) ) {
				return html_entity_decode( (string) $settings[ $name ], ENT_QUOTES, 'UTF-8' );
			}
		}
		return '';
	};
	$widget = strtolower( trim( $get( 'widget' ) ) );
	$lang   = strtolower( trim( $get( array( 'lang', 'language' ) ) ) );
	$fixed  = $get( array( 'fixedPresets', 'fixed-presets', 'fixed_presets' ) );
	$size   = absint( $get( array( 'pageSize', 'page-size', 'page_size' ) ) );
	$zoom   = trim( $get( 'zoom' ) );
	$center = trim( $get( 'center' ) );
	$height = trim( $get( array( 'mapHeight', 'map-height', 'map_height' ) ) );
	$switch = strtolower( trim( $get( array( 'languageSwitch', 'language-switch', 'language_switch' ) ) ) );
	return array(
		'widget'           => in_array( $widget, POMOC_WIDGETS, true ) ? $widget : 'finder',
		'src'              => pomoc_http_url( $get( 'src' ) ),
		'lang'             => in_array( $lang, POMOC_LANGUAGES, true ) ? $lang : '',
		'heading'          => sanitize_text_field( $get( 'heading' ) ),
		'service_types'    => pomoc_codes( $get( array( 'serviceTypes', 'service-types', 'service_types' ) ) ),
		'target_groups'    => pomoc_codes( $get( array( 'targetGroups', 'target-groups', 'target_groups' ) ) ),
		'towns'            => pomoc_towns( $get( 'towns' ) ),
		'fixed_presets'    => in_array( strtolower( $fixed ), array( '1', 'true', 'yes', 'ano' ), true ),
		'page_size'        => $size > 0 && $size <= 200 ? (string) $size : '',
		'situation'        => sanitize_title( $get( 'situation' ) ),
		'exit_url'         => pomoc_http_url( $get( array( 'exitUrl', 'exit-url', 'exit_url' ) ) ),
		'center'           => preg_match( '/^\s*-?\d{1,3}(\.\d+)?\s*,\s*-?\d{1,3}(\.\d+)?\s*$/', $center ) ? $center : '',
		'zoom'             => preg_match( '/^\d{1,2}$/', $zoom ) && (int) $zoom <= 19 ? $zoom : '',
		'tile_url'         => pomoc_tile_url( $get( array( 'tileUrl', 'tile-url', 'tile_url' ) ) ),
		'tile_attribution' => sanitize_text_field( $get( array( 'tileAttribution', 'tile-attribution', 'tile_attribution' ) ) ),
		'map_height'       => preg_match( '/^\d{2,4}$/', $height ) ? $height : '',
		'language_switch'  => in_array( $switch, array( '1', 'true', 'yes', 'ano' ), true ),
	);
}

/**
 * The catalogue URL the site's widgets use when a block or shortcode names none.
 *
 * @return string
 */
function pomoc_default_catalogue() {
	return pomoc_http_url( get_option( 'pomoc_catalogue_url', '' ) );
}

/**
 * One element's HTML; attribute values are escaped, empty ones left out.
 *
 * @param string $tag        pomoc-finder, pomoc-navigator or pomoc-map.
 * @param array  $attributes Name => value, in the order written.
 * @return string
 */
function pomoc_element( $tag, $attributes ) {
	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( '' === $value || null === $value ) {
			continue;
		}
		$escaped = in_array( $name, array( 'src', 'exit-url' ), true ) ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value );
		$html   .= ' ' . $name . '="' . $escaped . '"';
	}
	return $html . '></' . $tag . '>';
}

/**
 * The widgets' HTML for a block or shortcode, and the widgets' script enqueued for this page.
 *
 * @param array $raw     Block or shortcode attributes.
 * @param bool  $preview True in the block editor's preview: the view stays out of the editor's URL.
 * @return string
 */
function pomoc_render( $raw, $preview = false ) {
	$s   = pomoc_normalize_settings( $raw );
	$src = '' !== $s['src'] ? $s['src'] : pomoc_default_catalogue();
	if ( '' === $src ) {
		// Only those who can fix it are told; a resident sees nothing rather than a broken widget.
		if ( current_user_can( 'edit_posts' ) ) {
			return '<p class="pomoc-notice">' . esc_html__( 'Pomoc: no catalogue URL. Set the site-wide catalogue in Settings → Pomoc, or give this block its own.', 'pomoc' ) . '</p>';
		}
		return '';
	}
	wp_enqueue_script( 'pomoc-widgets' );

	$common = array(
		'src'       => $src,
		'lang'      => '' !== $s['lang'] ? $s['lang'] : pomoc_default_language(),
		'languages' => $s['language_switch'] ? 'cs en uk' : '',
		'heading'   => $s['heading'],
	);
	$presets = array(
		'service-types' => $s['service_types'],
		'target-groups' => $s['target_groups'],
		'towns'         => $s['towns'],
	);
	$fixed  = $s['fixed_presets'] ? implode( ' ', array_keys( array_filter( $presets ) ) ) : '';
	$finder = array_merge(
		$presets,
		array(
			'fixed-filters' => $fixed,
			'page-size'     => $s['page_size'],
		)
	);
	$map     = array(
		'center'           => $s['center'],
		'zoom'             => $s['zoom'],
		'tile-url'         => $s['tile_url'],
		'tile-attribution' => $s['tile_attribution'],
		'style'            => '' !== $s['map_height'] ? '--pomoc-map-height: ' . $s['map_height'] . 'px' : '',
	);
	$private = $preview ? array( 'url-state' => 'off' ) : array();

	switch ( $s['widget'] ) {
		case 'navigator':
			$navigator = array(
				'situation' => $s['situation'],
				'exit-url'  => $s['exit_url'],
			);
			$html      = pomoc_element( 'pomoc-navigator', array_merge( $common, $navigator, $private ) );
			break;
		case 'map':
			$html = pomoc_element( 'pomoc-map', array_merge( $common, $map ) );
			break;
		case 'finder-map':
			// The map finds its finder by id; a page may hold several of these blocks.
			$id   = wp_unique_id( 'pomoc-hledani-' );
			$html = pomoc_element( 'pomoc-finder', array_merge( array( 'id' => $id ), $common, $finder, $private ) )
				// The map speaks the finder's language: on a page, the last widget to ask sets it for all.
				. pomoc_element( 'pomoc-map', array_merge( array( 'for' => $id, 'lang' => $common['lang'] ), $map ) );
			break;
		default:
			$html = pomoc_element( 'pomoc-finder', array_merge( $common, $finder, $private ) );
	}
	return $html;
}
