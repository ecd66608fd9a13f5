import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  MATURITY_LEVEL_TITLES,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { useMemo } from 'react';
import { listEvidenceSources } from './evidenceSources';

/** Every annotation and link type that counts as evidence, and for what. */
export function EvidenceSourcesTable(props: { model: MaturityModel }) {
  const { model } = props;
  const sources = useMemo(() => listEvidenceSources(model), [model]);
  const areaTitles = new Map(model.areas.map(area => [area.id, area.title]));
  return (
    <>
      <Typography paragraph>
        An annotation of the entity, or a <code>metadata.links</code> entry of a
        type, listed here makes the criteria beside it met from the catalog,
        unless the team answered otherwise. Any one is enough. A value does not
        count when it is empty, a placeholder such as{' '}
        <code>{'<your SLO dashboard URL>'}</code>,{' '}
        <code>YOUR_PROJECT_SLUG</code>, <code>TODO</code> or{' '}
        <code>changeme</code>, or a link to <code>example.com</code> or another
        domain reserved for examples; the entity's tab then says why. The other
        criteria are answered by the team.
      </Typography>
      <Table size="small" aria-label="What counts as evidence">
        <TableHead>
          <TableRow>
            <TableCell>In the catalog</TableCell>
            <TableCell>Counts for</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sources.map(source => (
            <TableRow key={`${source.kind}:${source.key}`}>
              <TableCell>
                {source.kind === 'annotation' ? 'Annotation' : 'Link of type'}{' '}
                <code>{source.key}</code>
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
