<?php
/**
 * Test site only (a must-use plugin): the classic editor for a post opened with ?pomoc-classic, as
 * the Classic Editor plugin gives it (Debian has no package of that plugin).
 */
add_filter(
	'use_block_editor_for_post',
	function ( $use ) {
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a test switch.
		return isset( $_GET['pomoc-classic'] ) ? false : $use;
	}
);
