import { parseEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { RevisionConflictError } from './RevisionConflictError';
import { SreMaturityApi } from './SreMaturityApi';
import { toSearchParams } from './toSearchParams';
import {
  AssessmentUpdateRequest,
  Campaign,
  CampaignHistory,
  CampaignInput,
  CampaignList,
  CampaignProgress,
  CampaignUpdateRequest,
  EntityCampaigns,
  GroupMaturity,
  GroupMaturityQuery,
  EntityAssessment,
  EntityTrend,
  ExemptPage,
  GroupsPage,
  HistoryPage,
  HistoryQuery,
  ModelResponse,
  OrgTrend,
  ScorecardAreas,
  ScorecardExemptQuery,
  ScorecardFacetCounts,
  ScorecardExport,
  ScorecardFilter,
  ScorecardGroupsQuery,
  ScorecardRowsPage,
  ScorecardQuery,
  ScorecardTrendQuery,
  SyncTrigger,
  TrendRange,
} from './types';

const DEFAULT_EXPORT_FILE_NAME = 'sre-maturity-scorecard.csv';

/**
 * Talks to the `sre-maturity` backend plugin with the user's credentials.
 *
 * @public
 */
export class SreMaturityClient implements SreMaturityApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  async getModel(): Promise<ModelResponse> {
    return this.json('/model');
  }

  async getAssessment(entityRef: string): Promise<EntityAssessment> {
    return this.json(assessmentPath(entityRef));
  }

  async updateAssessment(
    entityRef: string,
    request: AssessmentUpdateRequest,
  ): Promise<EntityAssessment> {
    const response = await this.request(assessmentPath(entityRef), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return this.parse(await throwOnConflict(response));
  }

  async getHistory(
    entityRef: string,
    query: HistoryQuery = {},
  ): Promise<HistoryPage> {
    return this.json(`${assessmentPath(entityRef)}/history`, { ...query });
  }

  async getEntityTrend(
    entityRef: string,
    range: TrendRange = {},
  ): Promise<EntityTrend> {
    return this.json(`${assessmentPath(entityRef)}/trend`, { ...range });
  }

  async getScorecardRows(
    query: ScorecardQuery = {},
  ): Promise<ScorecardRowsPage> {
    return this.json('/scorecard', { ...query, facets: false });
  }

  async getScorecardFacets(
    query: ScorecardFilter = {},
  ): Promise<ScorecardFacetCounts> {
    return this.json('/scorecard/facets', { ...query });
  }

  async getScorecardGroups(query: ScorecardGroupsQuery): Promise<GroupsPage> {
    return this.json('/scorecard/groups', { ...query });
  }

  async getScorecardTrend(query: ScorecardTrendQuery = {}): Promise<OrgTrend> {
    return this.json('/scorecard/trend', { ...query });
  }

  async getScorecardAreas(
    query: ScorecardFilter = {},
  ): Promise<ScorecardAreas> {
    return this.json('/scorecard/areas', { ...query });
  }

  async getScorecardExempt(
    query: ScorecardExemptQuery = {},
  ): Promise<ExemptPage> {
    return this.json('/scorecard/exempt', { ...query });
  }

  async downloadExport(query: ScorecardQuery = {}): Promise<ScorecardExport> {
    // The export is every row: paging parameters do not apply.
    const { limit: _limit, offset: _offset, ...rest } = query;
    const response = await this.request(
      `/scorecard/export.csv?${toSearchParams({ ...rest })}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return {
      blob: await response.blob(),
      fileName:
        fileNameOf(response.headers.get('Content-Disposition')) ??
        DEFAULT_EXPORT_FILE_NAME,
    };
  }

  async getGroupMaturity(
    groupRef: string,
    query: GroupMaturityQuery = {},
  ): Promise<GroupMaturity> {
    return this.json(`/groups/${refPath(groupRef)}/maturity`, { ...query });
  }

  async listCampaigns(): Promise<CampaignList> {
    return this.json('/campaigns');
  }

  async getCampaign(id: string): Promise<Campaign> {
    return this.json(campaignPath(id));
  }

  async createCampaign(input: CampaignInput): Promise<Campaign> {
    return this.parse(
      await this.request('/campaigns', jsonBody('POST', input)),
    );
  }

  async updateCampaign(
    id: string,
    request: CampaignUpdateRequest,
  ): Promise<Campaign> {
    const response = await this.request(
      campaignPath(id),
      jsonBody('PUT', request),
    );
    return this.parse(await throwOnConflict(response));
  }

  async deleteCampaign(id: string, revision: number): Promise<void> {
    const response = await this.request(
      `${campaignPath(id)}?${toSearchParams({ revision })}`,
      { method: 'DELETE' },
    );
    await throwOnConflict(response);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
  }

  async getCampaignProgress(id: string): Promise<CampaignProgress> {
    return this.json(`${campaignPath(id)}/progress`);
  }

  async getCampaignHistory(id: string): Promise<CampaignHistory> {
    return this.json(`${campaignPath(id)}/history`);
  }

  async getEntityCampaigns(entityRef: string): Promise<EntityCampaigns> {
    return this.json(`${assessmentPath(entityRef)}/campaigns`);
  }

  async sync(): Promise<SyncTrigger> {
    return this.parse(await this.request('/sync', { method: 'POST' }));
  }

  private async json<T>(
    path: string,
    query?: Parameters<typeof toSearchParams>[0],
  ): Promise<T> {
    const search = toSearchParams(query).toString();
    return this.parse(await this.request(search ? `${path}?${search}` : path));
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('sre-maturity');
    return this.fetchApi.fetch(`${baseUrl}${path}`, init);
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}

function refPath(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}

function assessmentPath(entityRef: string): string {
  return `/assessments/${refPath(entityRef)}`;
}

function campaignPath(id: string): string {
  return `/campaigns/${encodeURIComponent(id)}`;
}

function jsonBody(method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}

/**
 * A 409's body holds what was to be changed as it is now; the error carries
 * it. ResponseError consumes the body, so it reads a copy.
 */
async function throwOnConflict(response: Response): Promise<Response> {
  if (response.status === 409) {
    const body = await response.clone().json();
    throw new RevisionConflictError(
      body.current,
      await ResponseError.fromResponse(response),
    );
  }
  return response;
}

function fileNameOf(contentDisposition: string | null): string | undefined {
  return contentDisposition?.match(/filename="([^"]+)"/)?.[1];
}
