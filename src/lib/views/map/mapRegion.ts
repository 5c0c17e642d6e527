// The map's geography in numbers: the frame it opens on, the box its basemap covers, and world-atlas ids as ISO3.

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

/** What the map frames on opening and on "reset": the five programme countries. */
export const FRAME: Box = [46, 35, 88, 56];

/**
 * The area scripts/basemap.ts clips countries to, and the map's pan limit: wide enough that a very wide or very tall
 * container showing FRAME never reaches a clipped edge, and west to Portugal so that study visits and conferences in
 * Europe are real places the camera can go to.
 */
export const BASEMAP_BOX: Box = [-12, 18, 112, 72];

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
	'008': { iso3: 'ALB', name: 'Albania' },
	'012': { iso3: 'DZA', name: 'Algeria' },
	'020': { iso3: 'AND', name: 'Andorra' },
	'031': { iso3: 'AZE', name: 'Azerbaijan' },
	'040': { iso3: 'AUT', name: 'Austria' },
	'048': { iso3: 'BHR', name: 'Bahrain' },
	'050': { iso3: 'BGD', name: 'Bangladesh' },
	'051': { iso3: 'ARM', name: 'Armenia' },
	'056': { iso3: 'BEL', name: 'Belgium' },
	'064': { iso3: 'BTN', name: 'Bhutan' },
	'070': { iso3: 'BIH', name: 'Bosnia and Herzegovina' },
	'100': { iso3: 'BGR', name: 'Bulgaria' },
	'104': { iso3: 'MMR', name: 'Myanmar' },
	'112': { iso3: 'BLR', name: 'Belarus' },
	'148': { iso3: 'TCD', name: 'Chad' },
	'156': { iso3: 'CHN', name: 'China' },
	'191': { iso3: 'HRV', name: 'Croatia' },
	'196': { iso3: 'CYP', name: 'Cyprus' },
	'203': { iso3: 'CZE', name: 'Czechia' },
	'208': { iso3: 'DNK', name: 'Denmark' },
	'232': { iso3: 'ERI', name: 'Eritrea' },
	'233': { iso3: 'EST', name: 'Estonia' },
	'234': { iso3: 'FRO', name: 'Faroe Islands' },
	'246': { iso3: 'FIN', name: 'Finland' },
	'250': { iso3: 'FRA', name: 'France' },
	'268': { iso3: 'GEO', name: 'Georgia' },
	'275': { iso3: 'PSE', name: 'Palestine' },
	'276': { iso3: 'DEU', name: 'Germany' },
	'300': { iso3: 'GRC', name: 'Greece' },
	'336': { iso3: 'VAT', name: 'Vatican' },
	'348': { iso3: 'HUN', name: 'Hungary' },
	'356': { iso3: 'IND', name: 'India' },
	'364': { iso3: 'IRN', name: 'Iran' },
	'368': { iso3: 'IRQ', name: 'Iraq' },
	'372': { iso3: 'IRL', name: 'Ireland' },
	'376': { iso3: 'ISR', name: 'Israel' },
	'380': { iso3: 'ITA', name: 'Italy' },
	'398': { iso3: 'KAZ', name: 'Kazakhstan' },
	'400': { iso3: 'JOR', name: 'Jordan' },
	'414': { iso3: 'KWT', name: 'Kuwait' },
	'417': { iso3: 'KGZ', name: 'Kyrgyzstan' },
	'418': { iso3: 'LAO', name: 'Laos' },
	'422': { iso3: 'LBN', name: 'Lebanon' },
	'428': { iso3: 'LVA', name: 'Latvia' },
	'434': { iso3: 'LBY', name: 'Libya' },
	'438': { iso3: 'LIE', name: 'Liechtenstein' },
	'440': { iso3: 'LTU', name: 'Lithuania' },
	'442': { iso3: 'LUX', name: 'Luxembourg' },
	'466': { iso3: 'MLI', name: 'Mali' },
	'470': { iso3: 'MLT', name: 'Malta' },
	'478': { iso3: 'MRT', name: 'Mauritania' },
	'492': { iso3: 'MCO', name: 'Monaco' },
	'496': { iso3: 'MNG', name: 'Mongolia' },
	'498': { iso3: 'MDA', name: 'Moldova' },
	'499': { iso3: 'MNE', name: 'Montenegro' },
	'504': { iso3: 'MAR', name: 'Morocco' },
	'512': { iso3: 'OMN', name: 'Oman' },
	'524': { iso3: 'NPL', name: 'Nepal' },
	'528': { iso3: 'NLD', name: 'Netherlands' },
	'562': { iso3: 'NER', name: 'Niger' },
	'578': { iso3: 'NOR', name: 'Norway' },
	'586': { iso3: 'PAK', name: 'Pakistan' },
	'616': { iso3: 'POL', name: 'Poland' },
	'620': { iso3: 'PRT', name: 'Portugal' },
	'634': { iso3: 'QAT', name: 'Qatar' },
	'642': { iso3: 'ROU', name: 'Romania' },
	'643': { iso3: 'RUS', name: 'Russia' },
	'674': { iso3: 'SMR', name: 'San Marino' },
	'682': { iso3: 'SAU', name: 'Saudi Arabia' },
	'688': { iso3: 'SRB', name: 'Serbia' },
	'703': { iso3: 'SVK', name: 'Slovakia' },
	'704': { iso3: 'VNM', name: 'Vietnam' },
	'705': { iso3: 'SVN', name: 'Slovenia' },
	'724': { iso3: 'ESP', name: 'Spain' },
	'729': { iso3: 'SDN', name: 'Sudan' },
	'732': { iso3: 'ESH', name: 'Western Sahara' },
	'752': { iso3: 'SWE', name: 'Sweden' },
	'756': { iso3: 'CHE', name: 'Switzerland' },
	'760': { iso3: 'SYR', name: 'Syria' },
	'762': { iso3: 'TJK', name: 'Tajikistan' },
	'764': { iso3: 'THA', name: 'Thailand' },
	'784': { iso3: 'ARE', name: 'United Arab Emirates' },
	'788': { iso3: 'TUN', name: 'Tunisia' },
	'792': { iso3: 'TUR', name: 'Turkey' },
	'795': { iso3: 'TKM', name: 'Turkmenistan' },
	'804': { iso3: 'UKR', name: 'Ukraine' },
	'807': { iso3: 'MKD', name: 'North Macedonia' },
	'818': { iso3: 'EGY', name: 'Egypt' },
	'826': { iso3: 'GBR', name: 'United Kingdom' },
	'860': { iso3: 'UZB', name: 'Uzbekistan' },
	'887': { iso3: 'YEM', name: 'Yemen' }
};
