<?php
/**
 * Runs when an Administrator deletes the plugin: removes its options and the uploaded catalogue, so
 * nothing of it stays in the database or in wp-content/uploads/pomoc/.
 *
 * @package Pomoc
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'pomoc_catalogue_url' );
delete_option( 'pomoc_language' );

$pomoc_uploads = wp_upload_dir( null, false );
$pomoc_dir     = trailingslashit( $pomoc_uploads['basedir'] ) . 'pomoc';
wp_delete_file( $pomoc_dir . '/katalog.json' );
if ( is_dir( $pomoc_dir ) ) {
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- the plugin's own, now empty, folder.
	@rmdir( $pomoc_dir );
}
