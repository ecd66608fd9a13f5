import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the SRE maturity plugins. */
  sreMaturity?: {
    /**
     * How old a self-assessment answer may get before it is flagged for
     * re-assessment: a duration object such as `{ days: 180 }`, an ISO 8601
     * duration such as `P180D`, or a string such as `180d`. Defaults to 180
     * days.
     */
    staleAfter?: HumanDuration | string;

    /**
     * Entity kinds left out of assessments and scorecards. Defaults to
     * User, Group, Location, Template and Domain.
     * @visibility frontend
     */
    excludeKinds?: string[];

    /**
     * Changes to the default maturity model. Applied in this order: replace,
     * areas, criteria, disabled. An invalid model stops the backend from
     * starting, with an error naming the key.
     */
    model?: {
      /** Use only the areas configured here instead of the default model. */
      replace?: boolean;

      /**
       * The entities the whole model applies to; any selector matching is
       * enough. By default every entity assessed. An entity to which nothing
       * applies is left off the scorecard unless asked for.
       */
      appliesTo?: SreMaturitySelectorConfig[];

      /** New areas, added after the default model's areas. */
      areas?: Array<{
        /** Kebab-case id, e.g. `cost`. */
        id: string;
        title: string;
        description?: string;
        /** Every area has all three phases. */
        phases: {
          crawl: SreMaturityPhaseConfig;
          walk: SreMaturityPhaseConfig;
          run: SreMaturityPhaseConfig;
        };
      }>;

      /**
       * Criteria to add or override, by id. An id in the model is
       * overridden: only the fields given change, and `evidence` replaces
       * the whole rule. Any other id adds a criterion, which needs a title
       * and a description; its area and phase come from a full id
       * (`<areaId>.<phase>.<slug>`) or from `area` and `phase` with a slug id.
       */
      criteria?: Array<{
        id: string;
        area?: string;
        phase?: 'crawl' | 'walk' | 'run';
        title?: string;
        description?: string;
        guidance?: string;
        evidence?: SreMaturityEvidenceConfig;
        /**
         * Replaces the entities the criterion applies to; `[{}]` applies it
         * to every entity.
         */
        appliesTo?: SreMaturitySelectorConfig[];
      }>;

      /** Ids of criteria to drop. A phase may not end up empty. */
      disabled?: string[];
    };
  };
}

interface SreMaturityPhaseConfig {
  /** The intent of the phase for this area. */
  summary: string;
  criteria?: Array<{
    /** A slug, completed to `<areaId>.<phase>.<slug>`, or that full id. */
    id: string;
    title: string;
    description: string;
    guidance?: string;
    evidence?: SreMaturityEvidenceConfig;
    /** The entities it applies to; by default every entity. */
    appliesTo?: SreMaturitySelectorConfig[];
  }>;
}

/**
 * Entities that match every list given, compared case-insensitively; an
 * entity without the field does not match a list naming it.
 */
interface SreMaturitySelectorConfig {
  /** Entity kinds, e.g. `Component`. */
  kinds?: string[];
  /** `spec.type` values, e.g. `service`. */
  types?: string[];
  /** `spec.type` values that do not match; entities without a type do. */
  exceptTypes?: string[];
  /** `spec.lifecycle` values, e.g. `production`. */
  lifecycles?: string[];
  /** Values of the `sre-maturity.io/tier` annotation, e.g. `1`. */
  tiers?: string[];
}

/** What in a catalog entity counts as evidence; any one match is enough. */
interface SreMaturityEvidenceConfig {
  /** Annotation keys; the annotation being present and non-empty counts. */
  annotations?: string[];
  /** `metadata.links[].type` values. */
  linkTypes?: string[];
  /**
   * Whether the entity's TechDocs count: annotation `backstage.io/techdocs-ref`
   * present and not a placeholder.
   */
  techDocs?: boolean;
  /**
   * Catalog relations, any one of which counts: the entity declares a
   * dependency (`dependsOn`), a provided or consumed API (`providesApis`,
   * `consumesApis`), or its owner is a Group entity in the catalog
   * (`ownerIsGroup`).
   */
  relations?: Array<
    'dependsOn' | 'providesApis' | 'consumesApis' | 'ownerIsGroup'
  >;
  /**
   * Files in the entity's repository, read by the backend's `repository`
   * evidence provider from the entity's source location.
   */
  files?: Array<{
    /** Path glob from the repository's root, e.g. `.github/workflows/*.yml`. */
    glob: string;
    /** Regular expression (case-insensitive) the file's content must match. */
    contains?: string;
    /** What the file shows, e.g. `GitHub Actions workflow`. */
    label: string;
  }>;
}
