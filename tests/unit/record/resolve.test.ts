// The public record's free-text cells resolve to registry ids: every cell of the bundled file, and each rule on its own.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { isPartnerOrg } from '../../../src/lib/model/event';
import { resolveAgency, resolvePartner, resolvePlace, resolveTopic } from '../../../src/lib/record/resolve';
import { registry as reg } from '../ingest/registries';

const rows = csvParse(readFileSync('data/record/bomca-public-record-2015-2022.csv', 'utf8'));
const list = (s: string | undefined) =>
	(s ?? '')
		.split(';')
		.map((x) => x.trim())
		.filter(Boolean);
/** The row's countries as the adapter passes them: participants, then the host. */
const countriesOf = (r: (typeof rows)[number]) => [...new Set([...list(r.participant_countries), r.country ?? ''].filter(Boolean))];

const agency = (text: string, countries: string[] = []) => resolveAgency(text, countries, reg);

describe('the bundled record', () => {
	it('has the 117 rows the README describes', () => {
		expect(rows).toHaveLength(117);
	});

	it('every city + country cell resolves to a place of that country, or to none for country-only rows', () => {
		const failures: string[] = [];
		rows.forEach((r, i) => {
			const res = resolvePlace(r.city ?? '', r.country ?? '', reg);
			if (!res.ok) failures.push(`line ${i + 2}: ${res.reason}`);
			else if (res.value) expect(reg.placeById.get(res.value)?.country, `line ${i + 2}`).toBe(r.country);
			else expect(r.city, `line ${i + 2}`).toBe('');
		});
		expect(failures).toEqual([]);
	});

	it('every agencies entry resolves to orgs of the five countries (or to none for generic phrases)', () => {
		const failures: string[] = [];
		rows.forEach((r, i) => {
			for (const a of list(r.agencies)) {
				const res = resolveAgency(a, countriesOf(r), reg);
				if (!res.ok) failures.push(`line ${i + 2}: ${res.reason}`);
				else for (const id of res.value) expect(reg.orgById.get(id)?.country, `${a} → ${id}`).toMatch(/^(KAZ|KGZ|TJK|TKM|UZB)$/);
			}
		});
		expect(failures).toEqual([]);
	});

	it('every partners entry resolves to exactly one org that counts as a partner', () => {
		const failures: string[] = [];
		rows.forEach((r, i) => {
			for (const p of list(r.partners)) {
				const res = resolvePartner(p, reg);
				if (!res.ok) failures.push(`line ${i + 2}: ${res.reason}`);
				else expect(isPartnerOrg(reg.orgById.get(res.value)!), `${p} → ${res.value}`).toBe(true);
			}
		});
		expect(failures).toEqual([]);
	});

	it('every topic resolves to a registry topic or null', () => {
		const ids = new Set(reg.topics.map((t) => t.id));
		for (const r of rows) {
			const t = resolveTopic(r.topic ?? '', r.title ?? '', reg);
			if (t !== null) expect(ids.has(t)).toBe(true);
		}
	});

	it('every org and place added for it has a Russian name', () => {
		for (const o of reg.orgs) expect(o.name_ru, o.id).toMatch(/[А-Яа-яЁё]/);
		for (const p of reg.places) expect(p.name_ru, p.id).toMatch(/[А-Яа-яЁё]/);
	});
});

describe('resolveAgency', () => {
	it('a named body with its country in brackets is that country’s org, whatever the registry’s wording', () => {
		expect(agency('State Customs Service (Kyrgyzstan)')).toEqual({ ok: true, value: ['kgz-customs'] });
		expect(agency('State Border Service (Turkmenistan)')).toEqual({ ok: true, value: ['tkm-border'] });
		expect(agency('Ministry of Internal Affairs (Tajikistan)')).toEqual({ ok: true, value: ['tjk-interior'] });
		expect(agency('Border Troops of the State Committee for National Security (Tajikistan)')).toEqual({ ok: true, value: ['tjk-border'] });
		expect(agency('Training Center of the Customs Control Committee (Kazakhstan)')).toEqual({ ok: true, value: ['kaz-customs-tc'] });
		expect(agency('Committee for Emergency Situations, Ministry of Internal Affairs (Kazakhstan)')).toEqual({ ok: true, value: ['kaz-emergency'] });
		expect(agency('Prosecutor General’s Office (Kyrgyzstan)')).toEqual({ ok: true, value: ['kgz-prosecutor'] });
		expect(agency('Tashkent Higher Combined Arms Command School (Uzbekistan)')).toEqual({ ok: true, value: ['uzb-combined-arms-school'] });
	});

	it('a named body whose country is in its name, with a qualifier in brackets', () => {
		expect(agency('Kazakh National University (customs training programme)', ['KAZ'])).toEqual({ ok: true, value: ['kaz-knu'] });
	});

	it('a category with country codes is the primary org of its types in each country', () => {
		expect(agency('Border services (KZ, TM)')).toEqual({ ok: true, value: ['kaz-border', 'tkm-border'] });
		expect(agency('Customs agencies (KG, TJ)')).toEqual({ ok: true, value: ['kgz-customs', 'tjk-customs'] });
		expect(agency('Law enforcement authorities (TJ, KZ)')).toEqual({ ok: true, value: ['tjk-interior', 'kaz-interior'] });
		expect(agency('Ministries of Foreign Affairs (UZ, TM)')).toEqual({ ok: true, value: ['uzb-mfa', 'tkm-mfa'] });
		expect(agency('Border Guards (Tajikistan)')).toEqual({ ok: true, value: ['tjk-border'] });
	});

	it('several types in one category, agriculture picking each country’s inspectorate', () => {
		expect(agency('Border, customs and veterinary/phytosanitary agencies (KZ, KG, TJ, UZ)')).toEqual({
			ok: true,
			value: ['kaz-border', 'kaz-customs', 'kaz-agriculture', 'kgz-border', 'kgz-customs', 'kgz-vetphyto', 'tjk-border', 'tjk-customs', 'tjk-food-security', 'uzb-border', 'uzb-customs', 'uzb-agriculture', 'uzb-plant-quarantine']
		});
	});

	it('training institutions are those of the agency types named before them', () => {
		expect(agency('Customs training institutions (KG, UZ)')).toEqual({ ok: true, value: ['kgz-customs-tc', 'uzb-customs-institute'] });
		expect(agency('Border guard training institutions (KG, TJ)')).toEqual({ ok: true, value: ['kgz-bstc', 'tjk-border-tc'] });
		expect(agency('Customs training centre (Tajikistan)')).toEqual({ ok: true, value: ['tjk-customs-ti'] });
	});

	it('all five CA countries, "of Central Asia(n countries)"', () => {
		const five = ['kaz-customs', 'kgz-customs', 'tjk-customs', 'tkm-customs', 'uzb-customs'];
		expect(agency('Customs services (KZ, KG, TJ, TM, UZ)')).toEqual({ ok: true, value: five });
		expect(agency('Customs agencies of Central Asian countries', ['KAZ'])).toEqual({ ok: true, value: five });
		expect(agency('Phytosanitary agencies (all five CA countries)')).toEqual({ ok: true, value: ['kaz-agriculture', 'kgz-vetphyto', 'tjk-food-security', 'tkm-agriculture', 'uzb-plant-quarantine'] });
		expect(agency('Embassies of Central Asian countries in Latvia', ['LVA'])).toEqual({ ok: true, value: ['kaz-mfa', 'kgz-mfa', 'tjk-mfa', 'tkm-mfa', 'uzb-mfa'] });
	});

	it('a category naming no country takes the row’s countries', () => {
		expect(agency('Migration agencies', ['KGZ', 'UZB', 'LVA'])).toEqual({ ok: true, value: ['kgz-migration', 'uzb-migration'] });
		expect(agency('Government and presidential offices', ['KGZ', 'TJK'])).toEqual({ ok: true, value: ['kgz-government', 'tjk-government'] });
		expect(agency('Border services').ok).toBe(false);
	});

	it('generic phrases that name no body and no type resolve to none', () => {
		for (const g of ['National partner agencies', 'National partner agencies (Kazakhstan)', 'Beneficiary agencies', 'Government beneficiaries (KZ, KG)', 'Government counterparts (Turkmenistan)', 'BOMCA Regional Office']) {
			expect(agency(g, ['KAZ', 'KGZ']), g).toEqual({ ok: true, value: [] });
		}
	});

	it('an unknown body, or a known one in another country, gives a reason naming the text', () => {
		const unknown = agency('Ministry of Culture (Kyrgyzstan)');
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.reason).toContain('Ministry of Culture (Kyrgyzstan)');
		expect(agency('State Revenue Committee (Uzbekistan)').ok).toBe(false);
	});
});

describe('resolvePartner', () => {
	it('a name, an alias or a bracketed qualifier resolves to one partner org', () => {
		expect(resolvePartner('ICMPD', reg)).toEqual({ ok: true, value: 'ICMPD' });
		expect(resolvePartner('State Border Guard of Latvia', reg)).toEqual({ ok: true, value: 'SBG-LV' });
		expect(resolvePartner('INL (US Embassy)', reg)).toEqual({ ok: true, value: 'INL' });
		expect(resolvePartner('OSCE Programme Office', reg)).toEqual({ ok: true, value: 'OSCE' });
		expect(resolvePartner('GIZ (Promoting Regional Trade in Central Asia)', reg)).toEqual({ ok: true, value: 'GIZ' });
		expect(resolvePartner('Immigration and Border Service of Portugal', reg)).toEqual({ ok: true, value: 'SEF-PT' });
	});

	it('a Central Asian agency or an unknown name is not a partner', () => {
		const ca = resolvePartner('State Customs Service of Kyrgyzstan', reg);
		expect(ca.ok).toBe(false);
		if (!ca.ok) expect(ca.reason).toContain('not a partner');
		expect(resolvePartner('Border Police of Atlantis', reg).ok).toBe(false);
	});
});

describe('resolvePlace', () => {
	it('a city of its country, or none for a country-only row', () => {
		expect(resolvePlace('Riga', 'LVA', reg)).toEqual({ ok: true, value: 'riga' });
		expect(resolvePlace('Vienna', 'AUT', reg)).toEqual({ ok: true, value: 'vienna' });
		expect(resolvePlace('', 'KGZ', reg)).toEqual({ ok: true, value: null });
		expect(resolvePlace('Nur-Sultan', 'KAZ', reg)).toEqual({ ok: true, value: 'astana' });
	});

	it('a city in another country, an unknown city or country gives a reason', () => {
		const wrong = resolvePlace('Bishkek', 'TJK', reg);
		expect(wrong).toEqual({ ok: false, reason: 'city "Bishkek" is in KGZ, not TJK' });
		expect(resolvePlace('Atlantis', 'KGZ', reg).ok).toBe(false);
		expect(resolvePlace('', 'XXX', reg).ok).toBe(false);
	});
});

describe('resolveTopic', () => {
	it('by the topic’s name, its keywords in any case, then the title; null where nothing fits', () => {
		expect(resolveTopic('programme steering', 'Third Regional Steering Group meeting', reg)).toBe('programme_steering');
		expect(resolveTopic('ibm governance', 'Workshop on joint strategic management', reg)).toBe('ibm_strategy');
		expect(resolveTopic('profiling (foreign terrorist fighters)', 'Workshops on profiling', reg)).toBe('profiling');
		expect(resolveTopic('k9', 'Multilateral exchange for heads of K-9 units', reg)).toBe('canine');
		expect(resolveTopic('visibility (photo contest)', 'Photo contest on life in border areas', reg)).toBeNull();
	});
});
