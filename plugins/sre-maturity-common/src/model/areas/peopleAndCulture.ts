import { Area } from '../types';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

/** People and Culture, from the model document. */
export const peopleAndCultureArea: Area = {
  id: 'people-and-culture',
  title: 'People and Culture',
  description:
    'The people in and around the team, how they work together and how much support reliability gets from leadership and product management.',
  phases: [
    {
      id: 'crawl',
      summary:
        'The team has a strong SRE voice and a people-focused culture, hires for soft skills and leadership, helps existing members through the change, and has buy-in from executives and a product manager who understands SRE.',
      criteria: [
        {
          id: 'people-and-culture.crawl.sre-advocate',
          title: 'A strong SRE voice in the team',
          description:
            'Someone in the team advocates for reliability features and speaks up for reliability in decisions.',
          guidance:
            'Name the person (or a rotating role) who represents reliability in planning and design reviews, and give them time to push reliability items onto the backlog.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.people-focused-mantras',
          title: 'People-focused mantras',
          description:
            'The team lives by people-focused mantras such as "It\'s OK to fail", "Hope is not a strategy" and "Trust by default & extend on it".',
          guidance:
            'Agree on a few mantras as a team, write them down where the team sees them (team page, onboarding docs) and refer to them in retrospectives and incident reviews.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.hiring-for-soft-skills',
          title: 'Communication valued; hiring for soft skills',
          description:
            'Communication is important in the team, and you hire diverse people based on soft skills and leadership rather than specific technologies.',
          guidance:
            'Add communication, collaboration and leadership to interview scorecards, weigh them above knowledge of a given tool, and make interview panels diverse.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.experience-from-other-disciplines',
          title: 'Experience from other disciplines welcomed',
          description:
            'Folks from previous disciplines, such as sys admins, experienced developers or people with "devops" experience, are welcomed for the skills, experience and value they bring.',
          guidance:
            'When staffing the team, look beyond SRE titles; pair people from different backgrounds so that their experience spreads through the team.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.retraining',
          title: 'Retraining through the transition',
          description:
            'Resistance to change is expected when existing team members make the transition to SRE; retraining (or even unlearning) helps, while some difficult personnel decisions may be inevitable.',
          guidance:
            'Plan training and time for learning SRE practices, talk openly about what changes for each role, and have managers address lasting resistance early.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.executive-buy-in',
          title: 'Executive buy-in',
          description:
            'Executive leadership has bought in to SRE. This is essential at this phase: without it, it is very difficult to get their support, and eventually their engagement, later.',
          guidance:
            'Present the case for SRE to leadership in terms of user impact and business risk, and get an explicit sponsor at executive level.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.product-manager-understands-sre',
          title: 'Product manager understands SRE',
          description:
            'The product manager for the service has a good understanding of SRE and helps advocate for service features that make the service more reliable.',
          guidance:
            'Walk the product manager through the SLOs, error budgets and reliability backlog, and involve them in prioritising reliability features.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.crawl.owned-by-a-team',
          title: 'Owned by a team',
          description:
            'A team owns it, not one person or nobody, so that there is always someone responsible for its reliability, to ask and to escalate to.',
          guidance:
            'Set spec.owner in catalog-info.yaml to the owning team, a Group of the catalog, and move ownership to another team when the team changes.',
          source: 'extended',
          evidence: { relations: ['ownerIsGroup'] },
        },
      ],
    },
    {
      id: 'walk',
      summary:
        "Executive buy-in grows into active executive support, and reliability work has its place in the team's plans.",
      criteria: [
        {
          id: 'people-and-culture.walk.executive-support',
          title: 'Executive support',
          description:
            'The team is starting to get support from executives: an improvement on buy-in, shown in decisions, funding and priorities.',
          guidance:
            'Report reliability regularly to your executive sponsor and ask for concrete support, such as headcount, time for reliability work or backing for an error budget policy.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.walk.reliability-work-planned',
          title: 'Reliability work has planned capacity',
          description:
            "Reliability work (post-mortem actions, toil reduction, SLO work) gets an agreed share of the team's capacity in every planning cycle.",
          guidance:
            'Agree a share of capacity with product management and track reliability items on the same board as features.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.walk.shared-ownership',
          title: 'Developers share operational ownership',
          description:
            'The people who build the service share responsibility for running it: they take part in on-call, incident reviews and production readiness.',
          guidance:
            'Include developers in the on-call rotation or a secondary rotation, and make production readiness part of the definition of done.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.walk.sre-learning-path',
          title: 'SRE learning path',
          description:
            'New and existing team members follow a defined learning path for SRE practices, such as reading groups, on-call shadowing and training.',
          guidance:
            'Write down the onboarding steps for SRE practices, pair newcomers with experienced engineers, and review the path once a year.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Executives are engaged: they take part in reliability decisions, and reliability is part of the goals and culture of the wider organisation.',
      criteria: [
        {
          id: 'people-and-culture.run.executive-engagement',
          title: 'Executive engagement',
          description:
            'Executives are engaged with reliability, not just supportive: they follow SLOs and error budgets and act on them.',
          guidance:
            'Invite executives to periodic reliability reviews, include SLO and incident trends in their reports, and have them sponsor cross-team reliability initiatives.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.run.reliability-in-goals',
          title: 'Reliability is part of team goals',
          description:
            'Meeting SLOs and doing reliability work are part of team objectives and recognition, rather than only heroic firefighting being rewarded.',
          guidance:
            'Put SLO attainment and reliability improvements into team objectives, and call out preventive work in reviews and recognition.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.run.practices-shared',
          title: 'Practices shared across the organisation',
          description:
            'The team shares its reliability practices and learnings beyond itself, for example through a community of practice, talks or published post-mortems.',
          guidance:
            'Join or start an SRE community of practice and present learnings from incidents and improvements to other teams regularly.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'people-and-culture.run.team-health-tracked',
          title: 'Team health tracked',
          description:
            'Team health, including psychological safety and on-call burden, is measured regularly and acted on.',
          guidance:
            'Run a short team health survey every quarter, track on-call load per person, and follow up on the results in retrospectives.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
