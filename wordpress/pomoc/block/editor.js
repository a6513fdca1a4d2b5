/**
 * The block's editor side: the settings in the sidebar and a live preview. Plain JavaScript against
 * the editor's globals (wp.blocks, wp.element, wp.components, wp.blockEditor), so the plugin needs
 * no build step of its own. The preview is the PHP rendering itself (ServerSideRender), shown in the
 * editor's document where the widgets' script defines the elements: the widgets are as tall as they
 * need, not clipped like a Custom HTML block's sandboxed preview.
 */
( function ( wp, data ) {
	'use strict';

	const el = wp.element.createElement;
	const { __, _x } = wp.i18n;
	const { useState, useEffect, Fragment } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const {
		PanelBody,
		SelectControl,
		TextControl,
		ToggleControl,
		FormTokenField,
		Notice,
		ExternalLink,
	} = wp.components;
	const ServerSideRender = wp.serverSideRender;
	const codelists = data.codelists || {};

	/** The code lists' labels in the editor's language (Czech, Ukrainian, else English). */
	const labelLanguage = ( function () {
		const lang = ( document.documentElement.lang || '' ).slice( 0, 2 );
		return lang === 'cs' || lang === 'uk' ? lang : 'en';
	} )();

	/** A space-separated list of codes as a token field of their labels. */
	function CodeTokens( props ) {
		const entries = codelists[ props.list ] || [];
		const label = ( entry ) => entry[ labelLanguage ] || entry.cs;
		const byCode = new Map( entries.map( ( entry ) => [ entry.code, label( entry ) ] ) );
		const byLabel = new Map( entries.map( ( entry ) => [ label( entry ), entry.code ] ) );
		const codes = props.value.split( /\s+/ ).filter( Boolean );
		return el( FormTokenField, {
			label: props.label,
			value: codes.map( ( code ) => byCode.get( code ) || code ),
			suggestions: entries.map( label ),
			__experimentalExpandOnFocus: true,
			__experimentalShowHowTo: false,
			onChange: ( tokens ) =>
				props.onChange(
					tokens
						.map( ( token ) => byLabel.get( token ) || ( byCode.has( token ) ? token : '' ) )
						.filter( Boolean )
						.join( ' ' )
				),
		} );
	}

	/** The catalogue's life situations, for the navigator's choice of one; [] until loaded or on failure. */
	function useSituations( src ) {
		const [ situations, setSituations ] = useState( [] );
		useEffect( () => {
			let current = true;
			setSituations( [] );
			if ( ! /^https?:\/\//i.test( src ) ) {
				return undefined;
			}
			window
				.fetch( src )
				.then( ( response ) => response.json() )
				.then( ( json ) => {
					if ( ! current || ! json || ! Array.isArray( json.situations ) ) {
						return;
					}
					const title = ( text ) =>
						typeof text === 'string' ? text : ( text && ( text[ labelLanguage ] || text.cs ) ) || '';
					setSituations(
						json.situations
							.filter( ( situation ) => situation && typeof situation.id === 'string' )
							.map( ( situation ) => ( { value: situation.id, label: title( situation.title ) || situation.id } ) )
					);
				} )
				.catch( () => {} );
			return () => {
				current = false;
			};
		}, [ src ] );
		return situations;
	}

	function Edit( props ) {
		const { attributes: a, setAttributes: set } = props;
		const blockProps = useBlockProps();
		const src = a.src || data.defaultCatalogue;
		const situations = useSituations( a.widget === 'navigator' ? src : '' );
		const finder = a.widget === 'finder' || a.widget === 'finder-map';
		const map = a.widget === 'map' || a.widget === 'finder-map';
		const languageNames = { cs: __( 'Czech', 'pomoc' ), en: __( 'English', 'pomoc' ), uk: __( 'Ukrainian', 'pomoc' ) };

		const general = el(
			PanelBody,
			{ title: __( 'Widget', 'pomoc' ), initialOpen: true },
			el( SelectControl, {
				label: __( 'Show', 'pomoc' ),
				value: a.widget,
				options: [
					{ value: 'finder', label: __( 'Finder of services', 'pomoc' ) },
					{ value: 'navigator', label: __( 'Life-situation navigator', 'pomoc' ) },
					{ value: 'map', label: __( 'Map of services', 'pomoc' ) },
					{ value: 'finder-map', label: __( 'Finder with a map', 'pomoc' ) },
				],
				onChange: ( widget ) => set( { widget } ),
			} ),
			el( TextControl, {
				label: __( 'Catalogue URL', 'pomoc' ),
				type: 'url',
				value: a.src,
				placeholder: data.defaultCatalogue,
				help: data.defaultCatalogue
					? __( 'Leave empty to use the site-wide catalogue shown above.', 'pomoc' )
					: __( 'No site-wide catalogue is set: enter the catalogue URL (http or https).', 'pomoc' ),
				onChange: ( value ) => set( { src: value.trim() } ),
			} ),
			a.src && ! /^https?:\/\/\S+$/i.test( a.src )
				? el( Notice, { status: 'error', isDismissible: false }, __( 'The catalogue URL must start with http:// or https://.', 'pomoc' ) )
				: null,
			el( SelectControl, {
				label: __( 'Language', 'pomoc' ),
				value: a.lang,
				options: [
					{
						value: '',
						/* translators: %s: a language name, e.g. Czech */
						label: wp.i18n.sprintf( __( 'Site default (%s)', 'pomoc' ), languageNames[ data.defaultLanguage ] ),
					},
					{ value: 'cs', label: languageNames.cs },
					{ value: 'en', label: languageNames.en },
					{ value: 'uk', label: languageNames.uk },
				],
				onChange: ( lang ) => set( { lang } ),
			} ),
			el( ToggleControl, {
				label: __( 'Let residents switch the language', 'pomoc' ),
				checked: a.languageSwitch,
				onChange: ( languageSwitch ) => set( { languageSwitch } ),
			} ),
			el( TextControl, {
				label: __( 'Heading', 'pomoc' ),
				value: a.heading,
				help: __( 'Empty: the widget’s own heading.', 'pomoc' ),
				onChange: ( heading ) => set( { heading } ),
			} ),
			data.settingsUrl
				? el( ExternalLink, { href: data.settingsUrl }, __( 'Site-wide settings', 'pomoc' ) )
				: null
		);

		const presets = finder
			? el(
					PanelBody,
					{ title: __( 'Presets', 'pomoc' ), initialOpen: false },
					el( CodeTokens, {
						list: 'serviceTypes',
						label: __( 'Service types', 'pomoc' ),
						value: a.serviceTypes,
						onChange: ( serviceTypes ) => set( { serviceTypes } ),
					} ),
					el( CodeTokens, {
						list: 'targetGroups',
						label: __( 'Target groups', 'pomoc' ),
						value: a.targetGroups,
						onChange: ( targetGroups ) => set( { targetGroups } ),
					} ),
					el( TextControl, {
						label: __( 'Towns', 'pomoc' ),
						value: a.towns,
						help: __( 'Comma-separated, e.g. Rokycany, Mirošov', 'pomoc' ),
						onChange: ( towns ) => set( { towns } ),
					} ),
					el( ToggleControl, {
						label: __( 'Fixed: residents cannot remove these presets', 'pomoc' ),
						help: __( 'Off: the presets are only pre-selected.', 'pomoc' ),
						checked: a.fixedPresets,
						onChange: ( fixedPresets ) => set( { fixedPresets } ),
					} ),
					el( TextControl, {
						label: __( 'Results shown at once', 'pomoc' ),
						type: 'number',
						min: 1,
						max: 200,
						value: a.pageSize,
						placeholder: '20',
						onChange: ( pageSize ) => set( { pageSize } ),
					} )
			  )
			: null;

		const navigator =
			a.widget === 'navigator'
				? el(
						PanelBody,
						{ title: __( 'Navigator', 'pomoc' ), initialOpen: false },
						situations.length
							? el( SelectControl, {
									label: __( 'Life situation', 'pomoc' ),
									value: a.situation,
									options: [ { value: '', label: __( 'All of them', 'pomoc' ) } ].concat( situations ),
									onChange: ( situation ) => set( { situation } ),
							  } )
							: el( TextControl, {
									label: __( 'Life situation (its id)', 'pomoc' ),
									value: a.situation,
									onChange: ( situation ) => set( { situation } ),
							  } ),
						el( TextControl, {
							label: __( 'Quick exit leads to', 'pomoc' ),
							type: 'url',
							value: a.exitUrl,
							placeholder: 'https://www.seznam.cz/',
							help: __( 'A neutral page, for paths about violence.', 'pomoc' ),
							onChange: ( exitUrl ) => set( { exitUrl: exitUrl.trim() } ),
						} )
				  )
				: null;

		const mapPanel = map
			? el(
					PanelBody,
					{ title: __( 'Map', 'pomoc' ), initialOpen: false },
					el( TextControl, {
						label: __( 'Centre (latitude, longitude)', 'pomoc' ),
						value: a.center,
						placeholder: '49.7427, 13.5946',
						help: __( 'Empty: the map fits all places.', 'pomoc' ),
						onChange: ( center ) => set( { center } ),
					} ),
					el( TextControl, {
						label: __( 'Zoom (1–19)', 'pomoc' ),
						type: 'number',
						min: 1,
						max: 19,
						value: a.zoom,
						onChange: ( zoom ) => set( { zoom } ),
					} ),
					el( TextControl, {
						label: __( 'Map height in pixels', 'pomoc' ),
						type: 'number',
						min: 200,
						max: 2000,
						value: a.mapHeight,
						onChange: ( mapHeight ) => set( { mapHeight } ),
					} ),
					el( TextControl, {
						label: __( 'Tile URL', 'pomoc' ),
						type: 'url',
						value: a.tileUrl,
						placeholder: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
						onChange: ( tileUrl ) => set( { tileUrl: tileUrl.trim() } ),
					} ),
					el( TextControl, {
						label: __( 'Tile credit', 'pomoc' ),
						value: a.tileAttribution,
						onChange: ( tileAttribution ) => set( { tileAttribution } ),
					} )
			  )
			: null;

		return el(
			Fragment,
			null,
			el( InspectorControls, null, general, presets, navigator, mapPanel ),
			el(
				'div',
				blockProps,
				el(
					'div',
					{ className: 'pomoc-preview' },
					el( ServerSideRender, { block: 'pomoc/services', attributes: a } )
				)
			)
		);
	}

	wp.blocks.registerBlockType( 'pomoc/services', {
		title: _x( 'Pomoc – social services', 'block title', 'pomoc' ),
		edit: Edit,
		// Dynamic: the post keeps only the settings; PHP renders the widgets when the page is viewed.
		save: () => null,
	} );
} )( window.wp, window.pomocBlock || {} );
