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

// The plugin's own folder in uploads: the uploaded catalogue and nothing else.
$pomoc_uploads = wp_upload_dir( null, false );
$pomoc_dir     = trailingslashit( $pomoc_uploads['basedir'] ) . 'pomoc';
require_once ABSPATH . 'wp-admin/includes/file.php';
if ( is_dir( $pomoc_dir ) && WP_Filesystem() ) {
	global $wp_filesystem;
	$wp_filesystem->rmdir( $pomoc_dir, true );
}
