import { expect, Locator, Page } from '@playwright/test';
import { escapeRegExp } from './escapeRegExp';

/** The org-wide scorecard page, as a user sees it. */
export class ScorecardPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'SRE maturity per entity' });
  }

  get filters(): Locator {
    return this.page.getByRole('search', { name: 'Scorecard filters' });
  }

  /** The entity names of the rows shown, top to bottom. */
  get rowNames(): Locator {
    return this.table.locator('tbody tr > td:first-child a');
  }

  get noMatches(): Locator {
    return this.page.getByText('No entities match these filters.');
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({
      has: this.page.getByRole('link', { name: title, exact: true }),
    });
  }

  /** A heatmap cell, by what a screen reader says of it. */
  phaseCell(row: Locator, label: string): Locator {
    return row.getByRole('cell', { name: label, exact: true });
  }

  /** The cells of a row under one column header, e.g. "Score". */
  async cell(row: Locator, column: string): Promise<Locator> {
    const headers = await this.table
      .getByRole('columnheader')
      .allTextContents();
    const index = headers.indexOf(column);
    expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
    return row.getByRole('cell').nth(index);
  }

  columnHeader(column: string): Locator {
    return this.table.getByRole('columnheader', { name: column, exact: true });
  }

  /** The chip of a value selected in a filter, e.g. Owner: team-payments. */
  selectedFilter(facet: string, value: string): Locator {
    return this.filters
      .getByRole('combobox')
      .filter({ has: this.page.getByRole('textbox', { name: facet }) })
      .getByRole('button', { name: value, exact: true });
  }

  async filterBy(facet: string, value: string) {
    await this.filters.getByRole('textbox', { name: facet }).click();
    // Options read "<value> <count>".
    await this.page
      .getByRole('option', {
        name: new RegExp(`^${escapeRegExp(value)} \\d+$`),
      })
      .click();
    await this.page.keyboard.press('Escape');
    await expect(this.selectedFilter(facet, value)).toBeVisible();
  }

  async sortBy(column: string, order: 'ascending' | 'descending') {
    const header = this.columnHeader(column);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    if (order === 'descending') {
      await header.getByRole('button').click();
      await expect(header).toHaveAttribute('aria-sort', 'descending');
    }
  }

  async search(text: string) {
    await this.filters.getByRole('searchbox', { name: 'Search' }).fill(text);
  }
}
