import { ResponseError } from '@backstage/errors';
import { SreMaturityApi } from '../api';
import { makeAssessment, testModelResponse } from './fixtures';

/** An API whose every method is a jest mock answering with the fixtures. */
export function mockSreMaturityApi(): jest.Mocked<SreMaturityApi> {
  return {
    getModel: jest.fn().mockResolvedValue(testModelResponse),
    getAssessment: jest.fn().mockResolvedValue(makeAssessment()),
    updateAssessment: jest.fn(),
    getHistory: jest.fn().mockResolvedValue({ items: [] }),
    getEntityTrend: jest
      .fn()
      .mockResolvedValue({ from: '2025-03-04', to: '2025-06-01', items: [] }),
    getScorecardRows: jest.fn(),
    getScorecardFacets: jest.fn(),
    getScorecardGroups: jest.fn(),
    getScorecardTrend: jest.fn(),
    getScorecardAreas: jest.fn(),
    getScorecardExempt: jest
      .fn()
      .mockResolvedValue({ items: [], totalItems: 0, limit: 1, offset: 0 }),
    downloadExport: jest.fn(),
    getGroupMaturity: jest.fn(),
    listCampaigns: jest.fn().mockResolvedValue({ items: [] }),
    getCampaign: jest.fn(),
    createCampaign: jest.fn(),
    updateCampaign: jest.fn(),
    deleteCampaign: jest.fn(),
    getCampaignProgress: jest.fn(),
    getCampaignHistory: jest.fn().mockResolvedValue({ items: [] }),
    getEntityCampaigns: jest.fn().mockResolvedValue({ items: [] }),
    sync: jest.fn(),
  };
}

/**
 * A ResponseError as the client throws it for a Backstage error body, whose
 * `error` holds `details` too, e.g. the `fields` of a 400 to an update.
 */
export function makeResponseError(
  statusCode: number,
  name: string,
  message: string,
  details: Record<string, unknown> = {},
): Promise<ResponseError> {
  const body = JSON.stringify({
    error: { name, message, ...details },
    response: { statusCode },
  });
  return ResponseError.fromResponse({
    status: statusCode,
    statusText: name,
    ok: false,
    url: 'http://backstage.test/api/sre-maturity',
    headers: new Headers({ 'content-type': 'application/json' }),
    type: 'basic',
    redirected: false,
    text: async () => body,
  } as Response);
}
