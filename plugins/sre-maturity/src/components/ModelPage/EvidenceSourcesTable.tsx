import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import {
  MATURITY_LEVEL_TITLES,
  MaturityModel,
  TECHDOCS_ANNOTATION,
} from '@sre-maturity/backstage-plugin-common';
import { useMemo } from 'react';
import { RELATION_TITLES } from '../shared/evidenceWays';
import { EvidenceSource, listEvidenceSources } from './evidenceSources';

const useStyles = makeStyles({
  // Long globs and annotation keys wrap instead of widening the page.
  source: { overflowWrap: 'anywhere', width: '45%' },
});

function SourceCell(props: { source: EvidenceSource }) {
  const { source } = props;
  switch (source.kind) {
    case 'annotation':
      return (
        <>
          Annotation <code>{source.key}</code>
        </>
      );
    case 'link':
      return (
        <>
          Link of type <code>{source.key}</code>
        </>
      );
    case 'techDocs':
      return (
        <>
          TechDocs: annotation <code>{TECHDOCS_ANNOTATION}</code>
        </>
      );
    case 'relation':
      return <>Relation: {RELATION_TITLES[source.key]}</>;
    case 'file':
      return (
        <>
          File in the repository <code>{source.file.glob}</code>
          {source.file.contains && (
            <>
              {' '}
              containing <code>{source.file.contains}</code>
            </>
          )}{' '}
          ({source.file.label})
        </>
      );
    default:
      return null;
  }
}

/** Every source of evidence the model names, and what each counts for. */
export function EvidenceSourcesTable(props: { model: MaturityModel }) {
  const { model } = props;
  const classes = useStyles();
  const sources = useMemo(() => listEvidenceSources(model), [model]);
  const areaTitles = new Map(model.areas.map(area => [area.id, area.title]));
  return (
    <>
      <Typography paragraph>
        A source listed here makes the criteria beside it met automatically,
        unless the team answered otherwise; any one is enough. From the catalog:
        an annotation of the entity, a <code>metadata.links</code> entry of a
        type, its TechDocs, or its relations. A value does not count when it is
        empty, a placeholder such as <code>{'<your SLO dashboard URL>'}</code>,{' '}
        <code>YOUR_PROJECT_SLUG</code>, <code>TODO</code> or{' '}
        <code>changeme</code>, or a link to <code>example.com</code> or another
        domain reserved for examples; the entity's tab then says why.
      </Typography>
      <Typography paragraph>
        From the entity's repository (its{' '}
        <code>backstage.io/source-location</code>, else the location it was
        registered from): a file matching a path pattern, and where one is
        given, whose content matches it. Repositories are read on a schedule,
        never when a page is opened, and the tab says when each was read. A
        repository that could not be read is shown as such: its criteria are not
        known, which is not the same as not met. The other criteria are answered
        by the team.
      </Typography>
      <Table size="small" aria-label="What counts as evidence">
        <TableHead>
          <TableRow>
            <TableCell>Source</TableCell>
            <TableCell>Counts for</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sources.map(source => (
            <TableRow key={`${source.kind}:${source.key}`}>
              <TableCell className={classes.source}>
                <SourceCell source={source} />
              </TableCell>
              <TableCell>
                {source.criteria.map(criterion => (
                  <div key={criterion.id}>
                    {criterion.title} ({areaTitles.get(criterion.areaId)},{' '}
                    {MATURITY_LEVEL_TITLES[criterion.phase]})
                  </div>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
