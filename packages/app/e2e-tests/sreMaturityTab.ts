import { expect, Locator, Page } from '@playwright/test';
import { escapeRegExp } from './escapeRegExp';

/** An answer as a user records it in the tab. */
export interface AnswerInput {
  status: 'Met' | 'Not met' | 'Not applicable';
  reason?: string;
  note?: string;
  evidenceUrl?: string;
}

/** The SRE Maturity tab of an entity page, as a user sees it. */
export class SreMaturityTab {
  constructor(readonly page: Page) {}

  /** Opens the tab straight from its address. */
  static async open(page: Page, entityPath: string): Promise<SreMaturityTab> {
    await page.goto(`${entityPath}/sre-maturity`);
    const tab = new SreMaturityTab(page);
    await expect(tab.overviewValue('Score')).toBeVisible();
    return tab;
  }

  /** The value of one fact of the overview card, e.g. "Score". */
  overviewValue(label: string): Locator {
    return this.page
      .locator('dl > div')
      .filter({
        has: this.page.locator('dt', {
          hasText: new RegExp(`^${escapeRegExp(label)}$`),
        }),
      })
      .locator('dd');
  }

  /** The header of an area: its level, Crawl/Walk/Run progression and gap. */
  areaHeader(title: string): Locator {
    return this.page.getByRole('button', {
      name: new RegExp(`^${escapeRegExp(title)} `),
    });
  }

  async openArea(title: string) {
    const header = this.areaHeader(title);
    if ((await header.getAttribute('aria-expanded')) !== 'true') {
      await header.click();
    }
    await expect(header).toHaveAttribute('aria-expanded', 'true');
  }

  criterion(title: string): Locator {
    return this.page.getByRole('listitem', { name: title, exact: true });
  }

  /** Stages an answer; it is saved with the others by `save`. */
  async recordAnswer(title: string, answer: AnswerInput) {
    const item = this.criterion(title);
    await item
      .getByRole('button', { name: `Record answer for ${title}` })
      .click();
    const form = item.getByRole('group', { name: `Answer for ${title}` });
    await form.getByRole('radio', { name: answer.status, exact: true }).check();
    if (answer.reason) {
      await form.getByRole('textbox', { name: /^Reason/ }).fill(answer.reason);
    }
    if (answer.note) {
      await form.getByRole('textbox', { name: 'Note' }).fill(answer.note);
    }
    if (answer.evidenceUrl) {
      await form
        .getByRole('textbox', { name: 'Evidence link' })
        .fill(answer.evidenceUrl);
    }
    await expect(item.getByText('Unsaved', { exact: true })).toBeVisible();
  }

  get saveBar(): Locator {
    return this.page.getByRole('region', { name: 'Unsaved changes' });
  }

  saveButton(count: number): Locator {
    return this.saveBar.getByRole('button', {
      name: `Save ${count} change${count === 1 ? '' : 's'}`,
    });
  }

  /** Saves every staged answer and waits until the portal confirms it. */
  async save(count: number) {
    await this.saveButton(count).click();
    await expect(
      this.page.getByText(`Saved ${count} answer${count === 1 ? '' : 's'}`),
    ).toBeVisible();
    await expect(this.saveBar).toBeHidden();
  }

  /** Asserts that a criterion holds the guest's answer. */
  async expectAnswered(title: string, status: AnswerInput['status']) {
    await expect(this.criterion(title)).toContainText(
      new RegExp(
        `${status}, answered by guest on [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\.`,
      ),
    );
  }
}
