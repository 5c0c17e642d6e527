// The URL contract: from, to, partner, country, place, org, kind, topic ⇄ Selection; unknown or malformed values become notices, never throws.
import { describe, expect, it } from 'vitest';
import { emptySelection, type Selection } from '../../../src/lib/crossfilter/selection';
import { isIsoDate, MAX_Q, noticeText, parseSearch, toSearch, type Vocabulary } from '../../../src/lib/crossfilter/url';

const vocab: Vocabulary = {
	places: new Set(['almaty', 'bishkek', 'dushanbe']),
	countries: new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'LVA']),
	orgs: new Set(['kaz-border', 'kgz-customs', 'OSCE', 'SBGC-LV']),
	partners: new Map([
		['osce', 'OSCE'],
		['frontex', 'FRONTEX'],
		['eud', 'EUD'],
		['eu delegations', 'EUD'],
		['sbgc-lv', 'SBGC-LV']
	]),
	kinds: new Set(['workshop', 'training', 'study_visit']),
	topics: new Set(['canine', 'border_checks'])
};

const parse = (qs: string) => parseSearch(new URLSearchParams(qs), vocab);
const sel = (over: Partial<Selection>): Selection => ({ ...emptySelection(), ...over });

describe('parseSearch', () => {
	it('reads every parameter of the contract', () => {
		const { selection, notices } = parse(
			'from=2018-02-01&to=2018-03-31&partner=OSCE,FRONTEX&country=KGZ&place=bishkek&org=kaz-border&kind=workshop&topic=canine'
		);
		expect(notices).toEqual([]);
		expect(selection).toEqual({
			time: ['2018-02-01', '2018-03-31'],
			partner: ['OSCE', 'FRONTEX'],
			country: ['KGZ'],
			place: ['bishkek'],
			org: ['kaz-border'],
			kind: ['workshop'],
			topic: ['canine']
		});
	});

	it('an empty query string is the empty selection', () => {
		expect(parse('')).toEqual({ selection: emptySelection(), notices: [] });
	});

	it('partners resolve from any accepted spelling, countries from any case, to the canonical id', () => {
		const { selection } = parse('partner=osce,EU%20Delegations,Sbgc-Lv&country=kgz,Uzb');
		expect(selection.partner).toEqual(['OSCE', 'EUD', 'SBGC-LV']);
		expect(selection.country).toEqual(['KGZ', 'UZB']);
	});

	it('repeated parameters and repeated values merge without duplicates', () => {
		const { selection, notices } = parse('country=KAZ&country=KGZ,KAZ&partner=OSCE,osce');
		expect(selection.country).toEqual(['KAZ', 'KGZ']);
		expect(selection.partner).toEqual(['OSCE']);
		expect(notices).toEqual([]);
	});

	it('only from or only to leaves the other end open', () => {
		expect(parse('from=2019-01-01').selection.time).toEqual(['2019-01-01', '9999-12-31']);
		expect(parse('to=2018-06-30').selection.time).toEqual(['0001-01-01', '2018-06-30']);
	});

	it('from after to is swapped, with a notice', () => {
		const { selection, notices } = parse('from=2019-12-31&to=2018-01-01');
		expect(selection.time).toEqual(['2018-01-01', '2019-12-31']);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatchObject({ param: 'from', reason: 'swapped' });
		expect(noticeText(notices[0])).toMatch(/swapped/);
	});

	it('unknown values are dropped with a notice naming them; the known ones stay', () => {
		const { selection, notices } = parse('partner=OSCE,NATO&country=FRA&place=paris&org=nobody&kind=party&topic=cooking');
		expect(selection).toEqual(sel({ partner: ['OSCE'] }));
		expect(notices).toHaveLength(6);
		for (const v of ['NATO', 'FRA', 'paris', 'nobody', 'party', 'cooking']) expect(notices.some((n) => n.value === v), v).toBe(true);
		const nato = notices.find((n) => n.value === 'NATO')!;
		expect(nato).toEqual({ param: 'partner', value: 'NATO', reason: 'unknown' });
		expect(noticeText(nato)).toMatch(/^partner="NATO"/);
		expect(noticeText(nato, 'ru')).toMatch(/^partner="NATO" нет в данных/);
	});

	it('malformed dates are dropped with a notice, never thrown', () => {
		for (const bad of ['2019-02-30', '2019-13-01', '19-01-01', '2019-1-1', 'yesterday', "2019-01-01')--", '']) {
			let parsed: ReturnType<typeof parse> | undefined;
			expect(() => (parsed = parse(`from=${encodeURIComponent(bad)}`)), bad).not.toThrow();
			expect(parsed!.selection.time, bad).toBeNull();
			expect(parsed!.notices, bad).toHaveLength(1);
			expect(parsed!.notices[0]).toMatchObject({ param: 'from', reason: 'not-a-date' });
			expect(noticeText(parsed!.notices[0])).toMatch(/^from=/);
		}
		const { selection, notices } = parse('from=2018-01-01&to=soon');
		expect(selection.time).toEqual(['2018-01-01', '9999-12-31']);
		expect(notices).toHaveLength(1);
	});

	it('hostile or odd input gives notices, never a throw, and never reaches the selection', () => {
		const odd = [
			"partner=' OR 1=1",
			'country=%22%3B%20DROP%20TABLE%20events%3B%20--',
			'place=%25&org=_',
			'kind=%E0%A4%A',
			'topic=' + 'x'.repeat(5000),
			'partner=,,,&country=%20',
			'from=%00&to=\\'
		];
		for (const qs of odd) {
			const parsed = parse(qs);
			expect(parsed.selection.partner.concat(parsed.selection.country, parsed.selection.place, parsed.selection.org), qs).toEqual([]);
			expect(parsed.selection.kind.concat(parsed.selection.topic), qs).toEqual([]);
			expect(parsed.selection.time, qs).toBeNull();
		}
		const long = parse('topic=' + 'x'.repeat(5000)).notices[0];
		expect(noticeText(long).length).toBeLessThan(200);
		expect(noticeText(long, 'ru').length).toBeLessThan(200);
	});

	it('ignores parameters outside the contract', () => {
		expect(parse('scene=3&lang=ru&partner=OSCE')).toEqual({ selection: sel({ partner: ['OSCE'] }), notices: [] });
	});
});

describe('pmode', () => {
	it('pmode=all asks for events with every chosen partner; any (the default) is not written', () => {
		expect(parse('partner=OSCE,FRONTEX&pmode=all')).toEqual({ selection: sel({ partner: ['OSCE', 'FRONTEX'], pmode: 'all' }), notices: [] });
		expect(parse('partner=OSCE,FRONTEX&pmode=any')).toEqual({ selection: sel({ partner: ['OSCE', 'FRONTEX'] }), notices: [] });
		expect(toSearch(sel({ partner: ['OSCE', 'FRONTEX'], pmode: 'all' }))).toBe('partner=OSCE,FRONTEX&pmode=all');
		expect(toSearch(sel({ partner: ['OSCE', 'FRONTEX'] }))).toBe('partner=OSCE,FRONTEX');
	});
	it('another value is ignored with a notice', () => {
		const p = parse('partner=OSCE&pmode=both');
		expect(p.selection).toEqual(sel({ partner: ['OSCE'] }));
		expect(p.notices).toEqual([{ param: 'pmode', value: 'both', reason: 'unknown' }]);
	});
	it('a stale pmode in `keep` is not carried over', () => {
		expect(toSearch(sel({ partner: ['OSCE'] }), new URLSearchParams('pmode=all&lang=ru'))).toBe('partner=OSCE&lang=ru');
	});
});

describe('q', () => {
	it('is read as free words: trimmed, spaces folded, Cyrillic and commas kept, capped; blank is absent', () => {
		expect(parse('q=%20таможн%20%20служба%20').selection.q).toBe('таможн служба');
		expect(parse('q=a,b&partner=OSCE').selection).toEqual(sel({ partner: ['OSCE'], q: 'a,b' }));
		expect(parse('q=%20%20').selection).toEqual(emptySelection());
		expect(parse(`q=${'x'.repeat(500)}`).selection.q).toHaveLength(MAX_Q);
		expect(parse('q=%25_%27%3B').notices).toEqual([]);
	});
	it('is written last, encoded, and round-trips with the other parameters; a stale q in `keep` is not carried', () => {
		const s = sel({ partner: ['OSCE'], kind: ['workshop'], q: 'бишкек & 50%' });
		const qs = toSearch(s);
		expect(qs.startsWith('partner=OSCE&kind=workshop&q=')).toBe(true);
		expect(parse(qs).selection).toEqual(s);
		expect(toSearch(sel({}), new URLSearchParams('q=old&lang=ru'))).toBe('lang=ru');
		expect(toSearch(sel({ q: '  ' }))).toBe('');
	});
});

describe('toSearch', () => {
	it('writes parameters in a fixed order with readable commas', () => {
		const s = sel({ topic: ['canine'], partner: ['OSCE', 'SBGC-LV'], time: ['2018-01-01', '2018-12-31'], country: ['KAZ'] });
		expect(toSearch(s)).toBe('from=2018-01-01&to=2018-12-31&partner=OSCE,SBGC-LV&country=KAZ&topic=canine');
	});

	it('the empty selection is the empty string; open ends are left out', () => {
		expect(toSearch(emptySelection())).toBe('');
		expect(toSearch(sel({ time: ['2019-01-01', '9999-12-31'] }))).toBe('from=2019-01-01');
		expect(toSearch(sel({ time: ['0001-01-01', '2019-01-01'] }))).toBe('to=2019-01-01');
	});

	it('keeps unrelated parameters of `keep` (all their values) but not stale selection ones', () => {
		const keep = new URLSearchParams('scene=2&partner=FRONTEX&lang=ru&tag=a&tag=b');
		const out = new URLSearchParams(toSearch(sel({ kind: ['training'] }), keep));
		expect(out.get('kind')).toBe('training');
		expect(out.get('scene')).toBe('2');
		expect(out.get('lang')).toBe('ru');
		expect(out.getAll('tag')).toEqual(['a', 'b']);
		expect(out.has('partner')).toBe(false);
	});

	it('round-trips through parseSearch', () => {
		const selections: Selection[] = [
			emptySelection(),
			sel({ time: ['2018-02-27', '2018-03-01'] }),
			sel({ time: ['2019-01-01', '9999-12-31'], partner: ['EUD'] }),
			sel({ partner: ['OSCE', 'FRONTEX', 'SBGC-LV'], country: ['KGZ', 'LVA'], place: ['almaty', 'dushanbe'] }),
			sel({ partner: ['OSCE', 'FRONTEX'], pmode: 'all' }),
			sel({ org: ['kaz-border', 'SBGC-LV'], kind: ['study_visit', 'workshop'], topic: ['border_checks', 'canine'] }),
			{
				time: ['2018-01-01', '2019-12-31'],
				partner: ['FRONTEX'],
				country: ['TJK'],
				place: ['bishkek'],
				org: ['kgz-customs'],
				kind: ['training'],
				topic: ['canine']
			}
		];
		for (const s of selections) {
			const qs = toSearch(s);
			const back = parse(qs);
			expect(back.notices, qs).toEqual([]);
			expect(back.selection, qs).toEqual(s);
			expect(toSearch(back.selection)).toBe(qs);
		}
	});
});

describe('isIsoDate', () => {
	it('accepts real calendar days only', () => {
		expect(isIsoDate('2020-02-29')).toBe(true);
		expect(isIsoDate('2019-02-29')).toBe(false);
		expect(isIsoDate('2019-04-31')).toBe(false);
		expect(isIsoDate('2019-4-1')).toBe(false);
		expect(isIsoDate(' 2019-04-01')).toBe(false);
		expect(isIsoDate('2019-04-01T00:00')).toBe(false);
	});
});
