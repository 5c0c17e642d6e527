// The map's geography in numbers: the frame it opens on, the box its basemap covers, and world-atlas ids as ISO3.

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** What the map frames on opening and on "reset": the five programme countries. */
export const FRAME: Box = [46, 35, 88, 56];

/**
 * The area scripts/basemap.ts clips countries to, and the map's pan limit: wide enough that a very wide or very tall
 * container showing FRAME never reaches a clipped edge.
 */
export const BASEMAP_BOX: Box = [26, 18, 112, 64];

/** Whether a point lies in a box. */
export function inBox(box: Box, lon: number, lat: number): boolean {
	return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/**
 * world-atlas (Natural Earth) numeric ids → ISO 3166-1 alpha-3, with the names the map shows. Covers every country that
 * reaches into BASEMAP_BOX; a feature missing here is kept with an empty iso3 (it is drawn, never selectable).
 */
export const ATLAS_COUNTRIES: Record<string, { iso3: string; name: string }> = {
	'004': { iso3: 'AFG', name: 'Afghanistan' },
	'031': { iso3: 'AZE', name: 'Azerbaijan' },
	'048': { iso3: 'BHR', name: 'Bahrain' },
	'050': { iso3: 'BGD', name: 'Bangladesh' },
	'051': { iso3: 'ARM', name: 'Armenia' },
	'064': { iso3: 'BTN', name: 'Bhutan' },
	'100': { iso3: 'BGR', name: 'Bulgaria' },
	'104': { iso3: 'MMR', name: 'Myanmar' },
	'112': { iso3: 'BLR', name: 'Belarus' },
	'156': { iso3: 'CHN', name: 'China' },
	'196': { iso3: 'CYP', name: 'Cyprus' },
	'232': { iso3: 'ERI', name: 'Eritrea' },
	'233': { iso3: 'EST', name: 'Estonia' },
	'246': { iso3: 'FIN', name: 'Finland' },
	'250': { iso3: 'FRA', name: 'France' },
	'268': { iso3: 'GEO', name: 'Georgia' },
	'275': { iso3: 'PSE', name: 'Palestine' },
	'300': { iso3: 'GRC', name: 'Greece' },
	'356': { iso3: 'IND', name: 'India' },
	'364': { iso3: 'IRN', name: 'Iran' },
	'368': { iso3: 'IRQ', name: 'Iraq' },
	'376': { iso3: 'ISR', name: 'Israel' },
	'398': { iso3: 'KAZ', name: 'Kazakhstan' },
	'400': { iso3: 'JOR', name: 'Jordan' },
	'414': { iso3: 'KWT', name: 'Kuwait' },
	'417': { iso3: 'KGZ', name: 'Kyrgyzstan' },
	'418': { iso3: 'LAO', name: 'Laos' },
	'422': { iso3: 'LBN', name: 'Lebanon' },
	'428': { iso3: 'LVA', name: 'Latvia' },
	'440': { iso3: 'LTU', name: 'Lithuania' },
	'496': { iso3: 'MNG', name: 'Mongolia' },
	'498': { iso3: 'MDA', name: 'Moldova' },
	'512': { iso3: 'OMN', name: 'Oman' },
	'524': { iso3: 'NPL', name: 'Nepal' },
	'578': { iso3: 'NOR', name: 'Norway' },
	'586': { iso3: 'PAK', name: 'Pakistan' },
	'634': { iso3: 'QAT', name: 'Qatar' },
	'642': { iso3: 'ROU', name: 'Romania' },
	'643': { iso3: 'RUS', name: 'Russia' },
	'682': { iso3: 'SAU', name: 'Saudi Arabia' },
	'704': { iso3: 'VNM', name: 'Vietnam' },
	'729': { iso3: 'SDN', name: 'Sudan' },
	'760': { iso3: 'SYR', name: 'Syria' },
	'762': { iso3: 'TJK', name: 'Tajikistan' },
	'764': { iso3: 'THA', name: 'Thailand' },
	'784': { iso3: 'ARE', name: 'United Arab Emirates' },
	'792': { iso3: 'TUR', name: 'Turkey' },
	'795': { iso3: 'TKM', name: 'Turkmenistan' },
	'804': { iso3: 'UKR', name: 'Ukraine' },
	'818': { iso3: 'EGY', name: 'Egypt' },
	'860': { iso3: 'UZB', name: 'Uzbekistan' },
	'887': { iso3: 'YEM', name: 'Yemen' }
};
