// Russian short names of organisations, for chips, node labels and the list, where the registry's full Russian names are too long.
import type { OrgRow } from '$lib/crossfilter/rows';

/**
 * The registry's short names of national agencies are "<ISO2> <what>" ("KZ Border Service"). In Russian the country
 * goes after, as the usual official abbreviation (КНБ РК, ГКНБ КР, СГБ РУз), so delegations read names they know.
 */
const COUNTRY_ABBR: Record<string, string> = { KZ: 'РК', KG: 'КР', TJ: 'РТ', TM: 'ТМ', UZ: 'РУз' };

const WHAT: Record<string, string> = {
	'Kazakh National University': 'КазНУ им. аль-Фараби',
	'Government Office': 'Аппарат Правительства',
	"Prosecutor General's Office": 'Генпрокуратура',
	'Defence Council': 'Совет обороны',
	'Higher Border College': 'Высший пограничный колледж',
	'Transport Police': 'Транспортная милиция',
	'Combined Arms Command School': 'ТВОКУ',
	KNB: 'КНБ',
	GKNB: 'ГКНБ',
	'National Security': 'МНБ',
	'State Security Service': 'СГБ',
	'Border Service': 'Погранслужба',
	'Border Troops': 'Погранвойска',
	Customs: 'Таможня',
	'Migration Service': 'Миграционная служба',
	Migration: 'Миграционная служба',
	'Labour Migration Agency': 'Агентство трудовой миграции',
	Interior: 'МВД',
	'Foreign Affairs': 'МИД',
	'Counter-Narcotics': 'Антинаркотическая служба',
	'Drug Control Agency': 'Агентство по контролю за наркотиками',
	'Drug Control': 'Госкомиссия по наркотикам',
	'Drug Control Centre': 'Центр по контролю за наркотиками',
	Agriculture: 'Минсельхоз',
	'Emergency Situations': 'МЧС',
	'Civil Defence': 'Гражданская оборона',
	'Food Security Committee': 'Комитет продбезопасности',
	'Vet-Phyto Inspectorate': 'Ветфитоинспекция',
	'Plant Quarantine': 'Агентство карантина растений',
	'Border Guard Academy': 'Пограничная академия',
	'Border Service Training Centre': 'Учебный центр погранслужбы',
	'Border Troops Training Centre': 'Учебный центр погранвойск',
	'Border Retraining Centre': 'Центр переподготовки погранслужбы',
	'Customs Training Centre': 'Учебный центр таможни',
	'Customs Training Institute': 'Учебный институт таможни',
	'Customs Institute': 'Таможенный институт',
	'Military Institute': 'Военный институт',
	'Kyrgyz State University': 'КГУ им. Арабаева',
	'IBM Commission': 'Комиссия по ИУГ',
	Government: 'Правительство'
};

/** International partners and donors: the acronyms Russian texts use; ids not here keep their Latin acronym (GIZ, INL, SBG-LV). */
const ACRONYM: Record<string, string> = {
	FRONTEX: 'Фронтекс',
	OSCE: 'ОБСЕ',
	IOM: 'МОМ',
	UNHCR: 'УВКБ ООН',
	UNODC: 'УНП ООН',
	UNDP: 'ПРООН',
	WCO: 'ВТамО',
	ICMPD: 'МЦРМП',
	CADAP: 'КАДАП',
	CARICC: 'ЦАРИКЦ',
	EUD: 'Представительства ЕС',
	EU: 'ЕС'
};

/** Full Russian names up to this length serve as the short name when nothing better is known. */
const SHORT_ENOUGH = 32;

/** The Russian short name of an organisation; falls back to a short enough registry name_ru, then to the English short name. */
export function orgShortRu(org: Pick<OrgRow, 'id' | 'short' | 'name' | 'name_ru'>): string {
	if (ACRONYM[org.id]) return ACRONYM[org.id];
	const m = /^([A-Z]{2}) (.+)$/.exec(org.short ?? '');
	if (m && COUNTRY_ABBR[m[1]] && WHAT[m[2]]) return `${WHAT[m[2]]} ${COUNTRY_ABBR[m[1]]}`;
	if (org.name_ru && org.name_ru.length <= SHORT_ENOUGH) return org.name_ru;
	return org.short || org.name_ru || org.name || org.id;
}
