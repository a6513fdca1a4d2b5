<?php
/**
 * The WordPress test's command-line helper: installs the test site and changes it between checks
 * (theme, locale, users), as WP-CLI would; Debian has no WP-CLI package. Run by test-wordpress.js:
 *   php site.php <command> [args…]
 * It loads WordPress through Debian's /usr/share/wordpress/wp-config.php with the test site's config
 * (/etc/wordpress/config-pomoctest.php), as Apache does.
 */

$_SERVER['HTTP_HOST']         = '127.0.0.1';
$_SERVER['SERVER_NAME']       = '127.0.0.1';
$_SERVER['REQUEST_URI']       = '/';
$_SERVER['WORDPRESS_CONFIG']  = 'pomoctest';
$command                      = $argv[1] ?? '';
$args                         = array_slice( $argv, 2 );

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		[ $title, $admin, $password ] = $args;
		wp_install( $title, $admin, 'admin@example.test', false, '', $password );
		// Plain permalinks need no rewrite rules; no pings or update checks leave this machine.
		update_option( 'permalink_structure', '' );
		update_option( 'default_pingback_flag', 0 );
		echo "installed\n";
		break;
	case 'user':
		[ $login, $role, $password ] = $args;
		$id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => $password,
				'user_email' => $login . '@example.test',
				'role'       => $role,
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		// The block editor's welcome guide would cover the editor.
		update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
		echo $id, "\n";
		break;
	case 'theme':
		switch_theme( $args[0] );
		echo get_stylesheet(), "\n";
		break;
	case 'locale':
		update_option( 'WPLANG', $args[0] );
		echo get_option( 'WPLANG' ), "\n";
		break;
	case 'option':
		echo wp_json_encode( get_option( $args[0], null ) ), "\n";
		break;
	case 'permalink':
		echo get_permalink( (int) $args[0] ), "\n";
		break;
	case 'post-content':
		echo get_post_field( 'post_content', (int) $args[0] ), "\n";
		break;
	case 'new-post':
		// A post by an Administrator (who may write any HTML), for the snippets that do not use the plugin.
		[ $author, $title, $file ] = $args;
		$user = get_user_by( 'login', $author );
		wp_set_current_user( $user->ID );
		if ( current_user_can( 'unfiltered_html' ) ) {
			kses_remove_filters();
		}
		$id = wp_insert_post(
			array(
				'post_author'  => $user->ID,
				'post_title'   => $title,
				'post_content' => file_get_contents( $file ),
				'post_status'  => 'publish',
			)
		);
		echo get_permalink( $id ), "\n";
		break;
	default:
		fwrite( STDERR, "unknown command: $command\n" );
		exit( 2 );
}
