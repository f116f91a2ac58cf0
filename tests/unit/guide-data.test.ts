/**
 * The guide's figures, checked one by one against a second, independent transcription of the
 * guide (the rows below), so a wrong digit in data/guide/*.json fails a row that names it.
 * Then every data file is run through its zod schema, and broken copies must be rejected
 * with a message that names the field.
 */
import { describe, expect, it } from 'vitest';
import careerPathsJson from '$data/guide/career-paths.json';
import emergingRolesJson from '$data/guide/emerging-roles.json';
import negotiationJson from '$data/guide/negotiation.json';
import roleBreadthJson from '$data/guide/role-breadth.json';
import salaryByLocationJson from '$data/guide/salary-by-location.json';
import salaryByRoleJson from '$data/guide/salary-by-role.json';
import locationDefaultsJson from '$data/location-defaults.json';
import {
	careerPathsSchema,
	emergingRolesSchema,
	locationDefaultsSchema,
	negotiationSchema,
	parseDataFile,
	roleBreadthSchema,
	salaryByLocationSchema,
	salaryByRoleSchema
} from '$lib/engine/data-schemas';
import { careerPaths, emergingRoles, negotiationGuide, roleBreadth } from '$lib/engine/guide-prose';
import { locations, roles } from '$lib/engine/market';

// "Salary by Role (Total Compensation, USD)": role, then Entry / Mid / Senior as [low, high].
const roleTable: [string, [string, string], [string, string], [string, string]][] = [
	['ml-engineer', ['110000', '150000'], ['150000', '220000'], ['200000', '350000']],
	['data-scientist', ['90000', '130000'], ['120000', '180000'], ['160000', '280000']],
	['nlp-engineer', ['110000', '150000'], ['150000', '220000'], ['200000', '350000']],
	['computer-vision-engineer', ['110000', '150000'], ['150000', '220000'], ['200000', '350000']],
	['prompt-engineer', ['80000', '120000'], ['120000', '180000'], ['160000', '250000']],
	['ai-research-scientist', ['150000', '200000'], ['200000', '300000'], ['300000', '500000']],
	['ai-product-manager', ['120000', '160000'], ['160000', '240000'], ['220000', '350000']],
	['mlops-engineer', ['110000', '150000'], ['150000', '210000'], ['190000', '320000']]
];
const levelIds = ['entry', 'mid', 'senior'] as const;
const roleFigures = roleTable.flatMap(([role, entry, mid, senior]) =>
	(
		[
			['entry', entry],
			['mid', mid],
			['senior', senior]
		] as const
	).flatMap(([level, range]) =>
		(['low', 'high'] as const).map((end, j) => ({ role, level, end, want: range[j] }))
	)
);

// "Salary by Location (2026)": ML Engineer (Mid), Data Scientist (Mid), currency, index.
const locationTable: [string, string, [string, string], [string, string], number | null][] = [
	['san-francisco', 'USD', ['200000', '280000'], ['150000', '220000'], 220],
	['new-york', 'USD', ['180000', '260000'], ['140000', '200000'], 210],
	['boston', 'USD', ['170000', '240000'], ['130000', '190000'], 190],
	['seattle', 'USD', ['160000', '240000'], ['120000', '180000'], 180],
	['austin', 'USD', ['140000', '200000'], ['110000', '160000'], 120],
	['london', 'GBP', ['130000', '180000'], ['100000', '150000'], 165],
	['remote', 'USD', ['140000', '180000'], ['110000', '150000'], null]
];
const locationFigures = locationTable.flatMap(([id, , ml, ds]) =>
	(
		[
			['mlEngineerMid', ml],
			['dataScientistMid', ds]
		] as const
	).flatMap(([column, range]) =>
		(['low', 'high'] as const).map((end, j) => ({ id, column, end, want: range[j] }))
	)
);

describe('Salary by Role: every figure', () => {
	it.each(roleFigures)('$role $level $end is $want', ({ role, level, end, want }) => {
		const found = roles.find((r) => r.id === role);
		expect(String(found?.ranges[level][end])).toBe(want);
	});

	it.each(roleTable.flatMap(([role]) => levelIds.map((level) => ({ role, level }))))(
		'$role $level is open-ended only for the research scientist senior ("$500K+")',
		({ role, level }) => {
			const found = roles.find((r) => r.id === role);
			const want = role === 'ai-research-scientist' && level === 'senior';
			expect(found?.ranges[level].openEnded).toBe(want);
		}
	);

	it('lists the roles in the guide order, with the full name for "Computer Vision Eng"', () => {
		expect(roles.map((r) => r.id)).toEqual(roleTable.map(([id]) => id));
		expect(roles.find((r) => r.id === 'computer-vision-engineer')).toMatchObject({
			name: 'Computer Vision Engineer',
			guideLabel: 'Computer Vision Eng'
		});
	});

	it('keeps the footnote verbatim', () => {
		expect(salaryByRoleJson.footnote).toBe(
			'*Total comp includes base salary + bonus + equity. Equity is significant at startups (can 50–100% of base). At public companies: 30–50% of base.'
		);
	});
});

describe('Salary by Location: every figure', () => {
	it.each(locationFigures)('$id $column $end is $want', ({ id, column, end, want }) => {
		expect(String(locations.find((l) => l.id === id)?.[column][end])).toBe(want);
	});

	it.each(locationTable.map(([id, currency, , , colIndex]) => ({ id, currency, colIndex })))(
		'$id is in $currency with the guide index $colIndex',
		({ id, currency, colIndex }) => {
			expect(locations.find((l) => l.id === id)).toMatchObject({ currency, colIndex });
		}
	);

	it.each([
		{ column: 'mlEngineerMid', end: 'low', want: '165000' },
		{ column: 'mlEngineerMid', end: 'high', want: '230000' },
		{ column: 'dataScientistMid', end: 'low', want: '128000' },
		{ column: 'dataScientistMid', end: 'high', want: '190000' }
	] as const)("London's ~USD equivalent $column $end is $want", ({ column, end, want }) => {
		const london = locations.find((l) => l.id === 'london');
		expect(String(london?.usdEquivalent?.[column][end])).toBe(want);
	});

	it('keeps what the guide printed for Remote\'s index ("Variable")', () => {
		expect(locations.find((l) => l.id === 'remote')?.colIndexText).toBe('Variable');
	});
});

describe('the guide prose figures', () => {
	const line = (name: string, label: string) =>
		careerPaths.paths.find((p) => p.name === name)?.salary.find((s) => s.label === label);

	it.each([
		['Machine Learning Engineer', 'Entry', 110000, 140000],
		['Machine Learning Engineer', 'Mid', 150000, 200000],
		['Machine Learning Engineer', 'Senior', 180000, 280000],
		['Data Scientist', 'Entry', 90000, 120000],
		['Data Scientist', 'Mid', 120000, 170000],
		['Data Scientist', 'Senior', 160000, 250000],
		['AI Research Scientist', 'PhD entry', 150000, 200000],
		['AI Research Scientist', 'Experienced', 200000, 400000],
		['NLP Engineer', 'Entry', 110000, 140000],
		['NLP Engineer', 'Mid', 150000, 200000],
		['NLP Engineer', 'Senior', 180000, 280000],
		['Computer Vision Engineer', 'Entry', 110000, 140000],
		['Computer Vision Engineer', 'Mid', 150000, 200000],
		['Computer Vision Engineer', 'Senior', 180000, 280000],
		['AI Product Manager', 'Mid', 130000, 180000],
		['AI Product Manager', 'Senior', 180000, 280000],
		['Prompt Engineer', 'Entry', 80000, 120000],
		['Prompt Engineer', 'Mid', 120000, 160000],
		['Prompt Engineer', 'Senior', 150000, 200000],
		['AI Ethics Specialist', 'Mid', 110000, 150000],
		['AI Ethics Specialist', 'Senior', 150000, 220000]
	])('career path %s, %s: %i–%i', (name, label, low, high) => {
		expect(line(name, label)).toMatchObject({ low, high });
	});

	const aside = (name: string) => careerPaths.paths.find((p) => p.name === name)?.aside;

	it.each([
		['Machine Learning Engineer', 'Higher in SF/NYC/London'],
		['Computer Vision Engineer', 'Higher in autonomous driving/robotics'],
		['Prompt Engineer', 'Varies widely—startups pay more']
	])('career path %s notes "%s"', (name, note) => {
		expect(aside(name)).toBe(note);
	});

	it.each([
		['NLP Engineer', 'Prompt engineers', 80000, 200000, false],
		['AI Product Manager', 'With equity at startups', 200000, 400000, true]
	])('career path %s notes "%s": %i–%i (open-ended: %s)', (name, label, low, high, open) => {
		const note = aside(name);
		expect(note).toMatchObject({ label, low, high });
		expect(typeof note === 'object' && (note.openEnded ?? false)).toBe(open);
	});

	it('marks the research scientist\'s "Experienced: $200K–$400K+" as open-ended', () => {
		expect(line('AI Research Scientist', 'Experienced')?.openEnded).toBe(true);
	});

	it.each([
		['AI Research Scientist, ML Researcher', 150000, 300000, true],
		['Machine Learning Engineer, ML Systems Engineer', 120000, 220000, false],
		['NLP Engineer', 120000, 200000, false],
		['Computer Vision Engineer', 120000, 200000, false],
		['Reinforcement Learning Engineer', 130000, 220000, false],
		['Data Scientist', 100000, 180000, false],
		['Prompt Engineer', 80000, 200000, false],
		['AI Product Manager', 130000, 250000, false],
		['AI Ethics Specialist', 110000, 180000, false],
		['MLOps Engineer', 120000, 200000, false],
		['AI Trainer/Evaluator', 40, 60, false]
	])('breadth of roles, %s: %i–%i (open-ended: %s)', (label, low, high, openEnded) => {
		const found = roleBreadth.groups.flatMap((g) => g.roles).find((r) => r.label === label);
		expect({ ...found, openEnded: found?.openEnded ?? false }).toMatchObject({
			low,
			high,
			openEnded
		});
	});

	it('pays the AI Trainer/Evaluator by the hour', () => {
		const trainer = roleBreadth.groups.flatMap((g) => g.roles).at(-1);
		expect(trainer).toMatchObject({ label: 'AI Trainer/Evaluator', unit: 'hour' });
	});

	it.each([
		['AI Safety & Alignment Specialist', 120000, 250000],
		['Domain-Specific AI Specialists', 130000, 280000],
		['LLM Ops Engineer', 130000, 240000],
		['AI Ethics & Governance Officer', 120000, 220000],
		['AI Education & Curriculum Designer', 100000, 180000]
	])('emerging role %s: %i–%i', (name, low, high) => {
		expect(emergingRoles.roles.find((r) => r.name === name)).toMatchObject({ low, high });
	});

	it.each([
		['Know the market', 'Glassdoor, Levels.fyi, Blind show real data (anonymized).'],
		['Understand equity', 'At startups, equity can be 40–100% of base.'],
		['Negotiate everything', 'Base, bonus %, equity grants, sign-on bonus'],
		['Get competing offers', 'Leverage multiple offers; companies often match or beat.'],
		['Use data', '"Market rate for ML Engineer in SF is $200K–$260K.'],
		['Time it right', 'Negotiate after offer, not before.']
	])('negotiation tip "%s" starts "%s"', (title, start) => {
		const index = negotiationGuide.tips.findIndex((t) => t.title === title);
		expect(negotiationGuide.tips[index]?.text.startsWith(start)).toBe(true);
	});

	it('keeps the first-offer line and key takeaway 7 verbatim', () => {
		expect(negotiationGuide.firstOffer.text).toBe(
			"Don't accept the first offer. Even modest negotiation adds $10K–$30K lifetime per role."
		);
		expect(negotiationGuide.keyTakeaway).toEqual({
			number: 7,
			section: 'Key Takeaways: Your AI Career Action Plan',
			title: 'Negotiate hard',
			text: 'Market is hot. Every $10K/year negotiated saves regret. Use competing offers as leverage.'
		});
	});

	it('keeps both startup equity ranges and the public one', () => {
		const { equity } = negotiationGuide;
		expect(equity.startupPctOfBase.map((p) => [p.low, p.high])).toEqual([
			[40, 100],
			[50, 100]
		]);
		expect([equity.publicPctOfBase.low, equity.publicPctOfBase.high]).toEqual([30, 50]);
		// Each cited by the heading over its passage: the tip, or the table whose footnote it is.
		expect([...equity.startupPctOfBase, equity.publicPctOfBase].map((p) => p.section)).toEqual([
			'Salary Negotiation Tips (2026)',
			'Salary by Role (Total Compensation, USD)',
			'Salary by Role (Total Compensation, USD)'
		]);
		expect(equity).toMatchObject({ vestingYears: 4, cliffMonths: 12 });
	});
});

const files = [
	{ file: 'salary-by-role', schema: salaryByRoleSchema, data: salaryByRoleJson },
	{ file: 'salary-by-location', schema: salaryByLocationSchema, data: salaryByLocationJson },
	{ file: 'career-paths', schema: careerPathsSchema, data: careerPathsJson },
	{ file: 'role-breadth', schema: roleBreadthSchema, data: roleBreadthJson },
	{ file: 'emerging-roles', schema: emergingRolesSchema, data: emergingRolesJson },
	{ file: 'negotiation', schema: negotiationSchema, data: negotiationJson },
	{ file: 'location-defaults', schema: locationDefaultsSchema, data: locationDefaultsJson }
];

describe('the data files and their schemas', () => {
	it.each(files)('$file.json matches its schema', ({ file, schema, data }) => {
		expect(() => parseDataFile(file, schema, data)).not.toThrow();
	});

	it('marks our own defaults as ours, not the guide', () => {
		expect(locationDefaultsJson.source.author).toBe('Counteroffer');
		expect(locationDefaultsJson.source.note).toMatch(/not figures from the guide/);
	});

	type Json = Record<string, unknown>;
	const breakers: { name: string; file: string; data: Json; message: RegExp }[] = [
		{
			name: 'a fractional amount',
			file: 'salary-by-role',
			data: { roles: { 0: { ranges: { entry: { low: 110000.5 } } } } },
			message: /an amount must be a whole number\s+→ at roles\[0\]\.ranges\.entry\.low/
		},
		{
			name: 'low above high',
			file: 'salary-by-role',
			data: { roles: { 2: { ranges: { mid: { high: 1000 } } } } },
			message: /low must be below high\s+→ at roles\[2\]\.ranges\.mid\.high/
		},
		{
			name: 'a misspelt publisher',
			file: 'salary-by-location',
			data: { source: { publisher: 'Hirekit' } },
			message: /expected "HireKit Team"\s+→ at source\.publisher/
		},
		{
			name: 'an unknown tax region',
			file: 'location-defaults',
			data: { locations: { 0: { taxRegion: 'us-cali' } } },
			message: /→ at locations\[0\]\.taxRegion/
		},
		{
			name: 'a missing colIndex text',
			file: 'salary-by-location',
			data: { locations: { 6: { colIndexText: undefined } } },
			message: /must say what the guide printed/
		}
	];

	/** Deep-merges `patch` into a copy of `data` (array indices as object keys). */
	function patched(data: unknown, patch: Json): unknown {
		const copy: unknown = structuredClone(data);
		const apply = (target: Json, p: Json) => {
			for (const [key, value] of Object.entries(p)) {
				if (value !== null && typeof value === 'object') {
					apply(target[key] as Json, value as Json);
				} else {
					target[key] = value;
				}
			}
		};
		apply(copy as Json, patch);
		return copy;
	}

	it.each(breakers)('rejects $name with a message naming the field', ({ file, data, message }) => {
		const entry = files.find((f) => f.file === file);
		expect(entry).toBeDefined();
		if (entry) {
			const broken = patched(entry.data, data);
			expect(() => parseDataFile(`${file}.json`, entry.schema, broken)).toThrow(message);
		}
	});

	it('rejects a roles list missing a role, naming the expected ids', () => {
		const broken = structuredClone(salaryByRoleJson);
		broken.roles.pop();
		expect(() => parseDataFile('salary-by-role.json', salaryByRoleSchema, broken)).toThrow(
			/roles must be exactly ml-engineer, .*mlops-engineer, in that order/
		);
	});
});
