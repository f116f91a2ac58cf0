import { expect, expectNoAxeViolations, test } from './fixtures';

// The guide's tables as a reader sees them, written out again by hand.
const roleRows: [string, string, string, string][] = [
	['ML Engineer', '$110K–$150K', '$150K–$220K', '$200K–$350K'],
	['Data Scientist', '$90K–$130K', '$120K–$180K', '$160K–$280K'],
	['NLP Engineer', '$110K–$150K', '$150K–$220K', '$200K–$350K'],
	['Computer Vision Engineer', '$110K–$150K', '$150K–$220K', '$200K–$350K'],
	['Prompt Engineer', '$80K–$120K', '$120K–$180K', '$160K–$250K'],
	['AI Research Scientist', '$150K–$200K', '$200K–$300K', '$300K–$500K+'],
	['AI Product Manager', '$120K–$160K', '$160K–$240K', '$220K–$350K'],
	['MLOps Engineer', '$110K–$150K', '$150K–$210K', '$190K–$320K']
];

const locationRows: [string, string, string, string][] = [
	['San Francisco, CA', '$200K–$280K', '$150K–$220K', '220'],
	['New York, NY', '$180K–$260K', '$140K–$200K', '210'],
	['Boston, MA', '$170K–$240K', '$130K–$190K', '190'],
	['Seattle, WA', '$160K–$240K', '$120K–$180K', '180'],
	['Austin, TX', '$140K–$200K', '$110K–$160K', '120'],
	['London, UK', '£130K–£180K (~$165K–$230K)', '£100K–£150K (~$128K–$190K)', '165'],
	['Remote (Global)', '$140K–$180K', '$110K–$150K', 'Variable']
];

test.describe('/market', () => {
	test('shows every figure of the Salary by Role table', async ({ page }) => {
		await page.goto('/market');
		const table = page.getByRole('table', { name: 'Total compensation by role and level, USD' });
		for (const [role, ...cells] of roleRows) {
			const row = table
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: role }) });
			await expect(row.getByRole('cell')).toHaveText(cells);
		}
	});

	test('shows every figure of the Salary by Location table', async ({ page }) => {
		await page.goto('/market');
		const table = page.getByRole('table', {
			name: 'Mid-level pay and cost of living by location'
		});
		for (const [location, ...cells] of locationRows) {
			const row = table
				.getByRole('row')
				.filter({ has: page.getByRole('rowheader', { name: location }) });
			await expect(row.getByRole('cell')).toHaveText(cells);
		}
	});

	test('has the tables in the prerendered HTML, before any script runs', async ({ request }) => {
		const html = await (await request.get('/market')).text();
		for (const figure of ['$300K–$500K+', '£130K–£180K', '$147K–$191K', 'Variable']) {
			expect(html).toContain(figure);
		}
	});

	test('draws the chart on a labelled canvas, beside the table it summarises', async ({ page }) => {
		await page.goto('/market');
		const chart = page.getByRole('img', { name: /Floating bar chart of total compensation/ });
		await expect(chart).toBeVisible();
		await expect(chart).toHaveAttribute('data-rendered', 'true');
		// Something was painted: at least one pixel of the canvas is not transparent.
		const painted = await chart.evaluate((el) => {
			const canvas = el as HTMLCanvasElement;
			const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height);
			return pixels ? pixels.data.some((value, i) => i % 4 === 3 && value > 0) : false;
		});
		expect(painted).toBe(true);
		await expect(
			page.getByRole('table', { name: 'Total compensation by role and level, USD' })
		).toBeVisible();
	});

	test('marks derived ranges and updates them by level, from the keyboard', async ({ page }) => {
		await page.goto('/market');
		const table = page.getByRole('table', { name: /Market ranges by role and location/ });
		const mlRow = table
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: 'ML Engineer' }) });
		// Entry in San Francisco: 110K × 200/150 → 147K, 150K × 280/220 → 191K (derived).
		await expect(mlRow.getByRole('cell').first()).toHaveText('$147K–$191K derived');

		const level = page.getByRole('combobox', { name: 'Level' });
		await level.focus();
		await page.keyboard.press('ArrowDown');
		await expect(level).toHaveValue('mid');
		await expect(table).toHaveAccessibleName(/Mid level/);
		await expect(mlRow.getByRole('cell').first()).toHaveText('$200K–$280K guide');
		await expect(page.getByRole('link', { name: 'methodology page' })).toHaveAttribute(
			'href',
			/\/about$/
		);
	});

	test('shows the career paths, emerging roles and negotiation tips', async ({ page }) => {
		await page.goto('/market');
		await expect(page.getByText('Entry: $110K–$140K').first()).toBeVisible();
		await expect(page.getByText('$40–60/hour')).toBeVisible();
		await expect(page.getByText('LLM Ops Engineer')).toBeVisible();
		await expect(
			page.getByText(
				"Don't accept the first offer. Even modest negotiation adds $10K–$30K lifetime per role."
			)
		).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'Time it right:' })).toBeVisible();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`passes axe in ${colorScheme} mode`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto('/market');
			await expect(page.getByRole('img', { name: /Floating bar chart/ })).toHaveAttribute(
				'data-rendered',
				'true'
			);
			await expectNoAxeViolations(page);
		});
	}
});
