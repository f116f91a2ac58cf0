/**
 * Two tabs of the app share one saved scenario. An edit in one must reach the other (or the
 * other must say it was overtaken), so that the next edit there does not quietly write an
 * old copy over the first.
 */
import { addOffer, card, fillOffer, headlineRow, typeAcme } from './compare-page';
import { expect, test } from './fixtures';

test('an edit in one tab shows in the other, and the next edit there keeps it', async ({
	page: tabA
}) => {
	// Given two tabs of the compare page showing the same saved offer
	await typeAcme(tabA);
	const tabB = await tabA.context().newPage();
	await tabB.goto('/');
	await expect(headlineRow(tabB, 'Acme')).toContainText('$150,000');

	// While tab B's bonus field has the focus, tab A raises the base salary
	const bonusB = card(tabB, 'Acme').getByLabel('Target bonus', { exact: true });
	await bonusB.focus();
	await card(tabA, 'Acme').getByLabel('Base salary', { exact: true }).fill('160000');

	// Then tab B shows the new figure, in its field and its results, and says where it came from
	await expect(card(tabB, 'Acme').getByLabel('Base salary', { exact: true })).toHaveValue('160000');
	await expect(headlineRow(tabB, 'Acme')).toContainText('$160,000');
	await expect(tabB.getByText(/changed in another tab/)).toBeVisible();
	// and the field being typed in there keeps the focus: the card was updated, not rebuilt.
	await expect(bonusB).toBeFocused();

	// When tab B then adds a second offer
	await addOffer(tabB, 'Offer 2');
	await fillOffer(tabB, 'Offer 2', { name: 'Globex', location: 'Seattle, WA', base: '200000' });

	// Then tab A shows it beside its own edit, and neither edit was lost
	await expect(headlineRow(tabA, 'Globex')).toContainText('$200,000');
	await expect(headlineRow(tabA, 'Acme')).toContainText('$160,000');
	const tabC = await tabA.context().newPage();
	await tabC.goto('/');
	await expect(headlineRow(tabC, 'Acme')).toContainText('$160,000');
	await expect(headlineRow(tabC, 'Globex')).toContainText('$200,000');
});

test('the negotiate page follows an edit made on the compare page in another tab', async ({
	page: tabA
}) => {
	// Given the compare page in tab A and the negotiate page in tab B
	await typeAcme(tabA);
	const tabB = await tabA.context().newPage();
	await tabB.goto('/negotiate');
	const points = tabB.getByRole('list').filter({ hasText: "Acme's offer averages" });
	await expect(points).toContainText("Acme's offer averages $150,000 a year");

	// When tab A raises the base salary
	await card(tabA, 'Acme').getByLabel('Base salary', { exact: true }).fill('170000');

	// Then tab B's talking points quote the new figure
	await expect(points).toContainText("Acme's offer averages $170,000 a year");
});

test('script edits made in two tabs are both kept', async ({ page: tabA }) => {
	// Given the negotiate page open in two tabs
	await tabA.goto('/negotiate');
	const tabB = await tabA.context().newPage();
	await tabB.goto('/negotiate');
	const emailB = tabB.getByLabel('Email', { exact: true });
	await expect(emailB).toHaveValue(/Best regards,$/);

	// When tab A rewrites the email, then tab B shows that wording. The prerendered page looks
	// the same before it runs, so the edit is typed again until both tabs are running.
	await expect(async () => {
		await tabA.getByLabel('Email', { exact: true }).fill('Email written in tab A.');
		await expect(emailB).toHaveValue('Email written in tab A.', { timeout: 1_000 });
	}).toPass();

	// When tab B then rewrites the call script
	await tabB.getByLabel('Call script').fill('Call script written in tab B.');

	// Then tab A has both edits, and so does a fresh load
	await expect(tabA.getByLabel('Call script')).toHaveValue('Call script written in tab B.');
	await expect(tabA.getByLabel('Email', { exact: true })).toHaveValue('Email written in tab A.');
	await tabA.reload();
	await expect(tabA.getByLabel('Email', { exact: true })).toHaveValue('Email written in tab A.');
	await expect(tabA.getByLabel('Call script')).toHaveValue('Call script written in tab B.');
});
