<?php
/**
 * Settings → Pomoc: the site-wide catalogue URL (so that Authors only place the block), the
 * widgets' default language, and an upload of the catalogue JSON for towns without FTP.
 *
 * The Media Library refuses .json, so an upload is stored by the plugin itself as
 * wp-content/uploads/pomoc/katalog.json, a name the plugin chooses, never the uploader. Before it is
 * sent, admin/settings.js checks the file in the browser with the library's own validator — the
 * same rules and messages as `pomoc validate` — and lists every problem; PHP then checks only what
 * a browser could skip: the nonce, the capability, the size, that the file is JSON with a
 * schemaVersion. (Re-implementing the validator in PHP would give a second set of rules that drifts
 * from the one the widgets apply.)
 *
 * @package Pomoc
 */

defined( 'ABSPATH' ) || exit;

/** The uploaded catalogue's file name inside uploads/pomoc/. */
const POMOC_UPLOAD_FILE = 'katalog.json';

/**
 * Registers the options with their sanitising callbacks.
 */
function pomoc_register_settings() {
	register_setting(
		'pomoc',
		'pomoc_catalogue_url',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'pomoc_sanitize_catalogue_url',
		)
	);
	register_setting(
		'pomoc',
		'pomoc_language',
		array(
			'type'              => 'string',
			'default'           => '',
			'sanitize_callback' => 'pomoc_sanitize_language',
		)
	);
}
add_action( 'admin_init', 'pomoc_register_settings' );

/**
 * Keeps an http(s) URL; anything else is refused with a message and the previous value kept.
 *
 * @param string $value The URL as typed.
 * @return string
 */
function pomoc_sanitize_catalogue_url( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url = pomoc_http_url( $value );
	if ( '' === $url ) {
		add_settings_error( 'pomoc_catalogue_url', 'pomoc_url', __( 'The catalogue URL must start with http:// or https://. The previous URL was kept.', 'pomoc' ) );
		return get_option( 'pomoc_catalogue_url', '' );
	}
	return $url;
}

/**
 * Keeps cs, en, uk or '' (follow the site's language).
 *
 * @param string $value The chosen language.
 * @return string
 */
function pomoc_sanitize_language( $value ) {
	return in_array( $value, POMOC_LANGUAGES, true ) ? $value : '';
}

/**
 * Adds the page under Settings.
 */
function pomoc_add_settings_page() {
	$hook = add_options_page(
		__( 'Pomoc – social services', 'pomoc' ),
		'Pomoc',
		'manage_options',
		'pomoc',
		'pomoc_settings_page'
	);
	add_action( 'admin_print_scripts-' . $hook, 'pomoc_settings_scripts' );
}
add_action( 'admin_menu', 'pomoc_add_settings_page' );

/**
 * The settings page's script: the catalogue check before upload.
 */
function pomoc_settings_scripts() {
	wp_enqueue_script( 'pomoc-settings', plugins_url( 'admin/settings.js', POMOC_FILE ), array( 'wp-i18n' ), POMOC_VERSION, true );
	wp_set_script_translations( 'pomoc-settings', 'pomoc', POMOC_DIR . 'languages' );
}

/**
 * Where an uploaded catalogue lives: its path and its public URL.
 *
 * @return array{dir: string, path: string, url: string}
 */
function pomoc_upload_location() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'dir'  => trailingslashit( $uploads['basedir'] ) . 'pomoc',
		'path' => trailingslashit( $uploads['basedir'] ) . 'pomoc/' . POMOC_UPLOAD_FILE,
		'url'  => trailingslashit( $uploads['baseurl'] ) . 'pomoc/' . POMOC_UPLOAD_FILE,
	);
}

/**
 * The settings page.
 */
function pomoc_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$location = pomoc_upload_location();
	$uploaded = file_exists( $location['path'] );
	$language = get_option( 'pomoc_language', '' );
	$names    = array(
		'cs' => __( 'Czech', 'pomoc' ),
		'en' => __( 'English', 'pomoc' ),
		'uk' => __( 'Ukrainian', 'pomoc' ),
	);
	$site     = pomoc_language_of_locale( get_locale() );
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only chooses which message to show.
	$result = isset( $_GET['pomoc-upload'] ) ? sanitize_key( wp_unslash( $_GET['pomoc-upload'] ) ) : '';
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Pomoc – social services', 'pomoc' ); ?></h1>
		<?php pomoc_upload_notice( $result ); ?>
		<?php settings_errors( 'pomoc_catalogue_url' ); ?>
		<p><?php esc_html_e( 'Place the block “Pomoc – social services” or the shortcode [pomoc] in a post or page. These settings apply wherever the block or shortcode sets nothing else.', 'pomoc' ); ?></p>
		<form method="post" action="options.php">
			<?php settings_fields( 'pomoc' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="pomoc_catalogue_url"><?php esc_html_e( 'Catalogue URL', 'pomoc' ); ?></label></th>
					<td>
						<input type="url" class="large-text code" id="pomoc_catalogue_url" name="pomoc_catalogue_url" value="<?php echo esc_attr( get_option( 'pomoc_catalogue_url', '' ) ); ?>" placeholder="https://www.kraj.cz/katalog.json" aria-describedby="pomoc-url-help" />
						<p class="description" id="pomoc-url-help"><?php esc_html_e( 'The JSON catalogue of services, an http:// or https:// address. A catalogue on another server must allow CORS. Or upload the file below.', 'pomoc' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="pomoc_language"><?php esc_html_e( 'Language of the widgets', 'pomoc' ); ?></label></th>
					<td>
						<select id="pomoc_language" name="pomoc_language" aria-describedby="pomoc-language-help">
							<option value="" <?php selected( $language, '' ); ?>>
								<?php
								/* translators: %s: a language name, e.g. Czech */
								echo esc_html( sprintf( __( 'By the site’s language (now %s)', 'pomoc' ), $names[ $site ] ) );
								?>
							</option>
							<?php foreach ( $names as $code => $name ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $language, $code ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description" id="pomoc-language-help">
							<?php
							/* translators: %s: the site's locale, e.g. en_US */
							echo esc_html( sprintf( __( 'The site’s language is %s. Czech for cs_CZ, Ukrainian for uk, English for en_GB and other English locales; Czech for en_US (WordPress’s default, which many Czech sites never changed) and for any other. A block or shortcode may choose its own; with the language switch residents choose.', 'pomoc' ), get_locale() ) );
							?>
						</p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>

		<h2><?php esc_html_e( 'Upload the catalogue', 'pomoc' ); ?></h2>
		<p><?php esc_html_e( 'For a site without FTP access: the file is checked here in your browser with the same rules as the pomoc validate command, then stored as wp-content/uploads/pomoc/katalog.json and set as the catalogue URL. A new upload replaces it.', 'pomoc' ); ?></p>
		<?php if ( $uploaded ) : ?>
			<p>
				<?php esc_html_e( 'Uploaded catalogue:', 'pomoc' ); ?>
				<a href="<?php echo esc_url( $location['url'] ); ?>"><code><?php echo esc_html( $location['url'] ); ?></code></a>
			</p>
		<?php endif; ?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="pomoc-upload-form">
			<input type="hidden" name="action" value="pomoc_upload" />
			<?php wp_nonce_field( 'pomoc_upload', 'pomoc_upload_nonce' ); ?>
			<p>
				<label for="pomoc-catalogue-file"><?php esc_html_e( 'Catalogue file (.json)', 'pomoc' ); ?></label><br />
				<input type="file" id="pomoc-catalogue-file" name="pomoc_catalogue" accept=".json,application/json" required />
			</p>
			<div id="pomoc-report" role="status" aria-live="polite"></div>
			<p id="pomoc-anyway" hidden>
				<label><input type="checkbox" id="pomoc-upload-anyway" name="pomoc_anyway" value="1" />
				<?php esc_html_e( 'Upload it anyway: the widgets skip the records listed as errors.', 'pomoc' ); ?></label>
			</p>
			<?php submit_button( __( 'Upload the catalogue', 'pomoc' ), 'secondary', 'pomoc-upload-submit' ); ?>
		</form>
		<?php if ( $uploaded ) : ?>
			<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
				<input type="hidden" name="action" value="pomoc_delete_upload" />
				<?php wp_nonce_field( 'pomoc_delete_upload', 'pomoc_delete_nonce' ); ?>
				<?php submit_button( __( 'Delete the uploaded catalogue', 'pomoc' ), 'delete', 'pomoc-delete-submit' ); ?>
			</form>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * The message after an upload or a deletion.
 *
 * @param string $result The result code from the redirect.
 */
function pomoc_upload_notice( $result ) {
	$messages = array(
		'stored'    => array( 'success', __( 'The catalogue was uploaded and is now the site’s catalogue URL.', 'pomoc' ) ),
		'deleted'   => array( 'success', __( 'The uploaded catalogue was deleted.', 'pomoc' ) ),
		'none'      => array( 'error', __( 'No file arrived. It may be larger than the server accepts.', 'pomoc' ) ),
		'too-large' => array( 'error', __( 'The file is larger than the server accepts.', 'pomoc' ) ),
		'not-json'  => array( 'error', __( 'The file is not JSON. Nothing was stored.', 'pomoc' ) ),
		'not-cat'   => array( 'error', __( 'The file is JSON but not a Pomoc catalogue (it has no schemaVersion). Nothing was stored.', 'pomoc' ) ),
		'write'     => array( 'error', __( 'The file could not be written to wp-content/uploads/pomoc/. Ask the hosting to make the uploads folder writable.', 'pomoc' ) ),
	);
	if ( ! isset( $messages[ $result ] ) ) {
		return;
	}
	printf(
		'<div class="notice notice-%1$s"><p>%2$s</p></div>',
		esc_attr( $messages[ $result ][0] ),
		esc_html( $messages[ $result ][1] )
	);
}

/**
 * Back to the settings page with a result code.
 *
 * @param string $result The result code.
 */
function pomoc_back( $result ) {
	wp_safe_redirect( add_query_arg( 'pomoc-upload', $result, admin_url( 'options-general.php?page=pomoc' ) ) );
	exit;
}

/**
 * Stores an uploaded catalogue.
 */
function pomoc_handle_upload() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the settings of Pomoc.', 'pomoc' ), 403 );
	}
	check_admin_referer( 'pomoc_upload', 'pomoc_upload_nonce' );
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- a file upload: its tmp_name is checked with is_uploaded_file() and its content parsed, never output.
	$file = isset( $_FILES['pomoc_catalogue'] ) ? $_FILES['pomoc_catalogue'] : null;
	if ( ! $file || ! isset( $file['tmp_name'], $file['size'], $file['error'] ) || UPLOAD_ERR_NO_FILE === $file['error'] ) {
		pomoc_back( 'none' );
	}
	if ( in_array( $file['error'], array( UPLOAD_ERR_INI_SIZE, UPLOAD_ERR_FORM_SIZE ), true ) || $file['size'] > wp_max_upload_size() ) {
		pomoc_back( 'too-large' );
	}
	if ( UPLOAD_ERR_OK !== $file['error'] || ! is_uploaded_file( $file['tmp_name'] ) ) {
		pomoc_back( 'none' );
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded temporary file.
	$text = (string) file_get_contents( $file['tmp_name'] );
	// A UTF-8 byte-order mark is common in files saved by Windows editors; JSON does not allow it.
	$text = preg_replace( '/^\xEF\xBB\xBF/', '', $text );
	$json = json_decode( $text, true, 512 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		pomoc_back( 'not-json' );
	}
	if ( ! is_array( $json ) || ! isset( $json['schemaVersion'] ) ) {
		pomoc_back( 'not-cat' );
	}

	global $wp_filesystem;
	$location = pomoc_upload_location();
	if ( ! WP_Filesystem() || ! wp_mkdir_p( $location['dir'] ) || ! $wp_filesystem->put_contents( $location['path'], $text, FS_CHMOD_FILE ) ) {
		pomoc_back( 'write' );
	}
	// A new version of the file gets a new URL, past any cache between the site and the resident.
	update_option( 'pomoc_catalogue_url', add_query_arg( 'v', (string) time(), $location['url'] ) );
	pomoc_back( 'stored' );
}
add_action( 'admin_post_pomoc_upload', 'pomoc_handle_upload' );

/**
 * Deletes the uploaded catalogue, and the catalogue URL when it pointed to it.
 */
function pomoc_handle_delete_upload() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change the settings of Pomoc.', 'pomoc' ), 403 );
	}
	check_admin_referer( 'pomoc_delete_upload', 'pomoc_delete_nonce' );
	$location = pomoc_upload_location();
	wp_delete_file( $location['path'] );
	if ( 0 === strpos( (string) get_option( 'pomoc_catalogue_url', '' ), $location['url'] ) ) {
		update_option( 'pomoc_catalogue_url', '' );
	}
	pomoc_back( 'deleted' );
}
add_action( 'admin_post_pomoc_delete_upload', 'pomoc_handle_delete_upload' );

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param array $links The plugin's action links.
 * @return array
 */
function pomoc_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=pomoc' ) ) . '">' . esc_html__( 'Settings', 'pomoc' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( POMOC_FILE ), 'pomoc_action_links' );
