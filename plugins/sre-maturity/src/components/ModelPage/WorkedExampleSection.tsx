import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import {
  listCriteria,
  MATURITY_LEVEL_TITLES,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { useMemo } from 'react';
import { buildWorkedExample } from './workedExample';

function phases(count: number): string {
  return `${count} phase${count === 1 ? '' : 's'}`;
}

/** A made-up entity scored by the plugin's own scoring, step by step. */
export function WorkedExampleSection(props: { model: MaturityModel }) {
  const { model } = props;
  const example = useMemo(() => buildWorkedExample(model), [model]);
  if (!example) {
    return null;
  }
  const { area, target, fromCatalog, crawlMet, notApplicable, walkMet } =
    example;
  const { result } = example;
  const total = listCriteria(model).length;
  const criteria = result.areas.flatMap(a => a.criteria);
  const met = criteria.filter(c => c.status === 'met').length;
  const applicable = criteria.filter(c => c.status !== 'not-applicable').length;
  const areaResult = result.areas.find(a => a.areaId === area.id)!;
  const walkTotal = area.phases[1].criteria.length;
  const targetTitle = MATURITY_LEVEL_TITLES[target];

  return (
    <>
      <Typography variant="h6" component="h3">
        A worked example
      </Typography>
      <Typography paragraph>
        A service's catalog-info.yaml sets{' '}
        <code>sre-maturity.io/target-phase: {target}</code>
        {fromCatalog && (
          <>
            {' '}
            and <code>{fromCatalog.annotation}</code>, which makes "
            {fromCatalog.criterion.title}" met from the catalog
          </>
        )}
        . In {area.title}, the team answered{' '}
        {crawlMet.length > 0 &&
          `${crawlMet.map(c => `"${c.title}"`).join(', ')} Met and `}
        "{notApplicable.title}" Not applicable, which completes Crawl, and "
        {walkMet.title}", one of the {walkTotal} Walk criteria, Met. Nothing
        else is recorded. The plugin scores it so:
      </Typography>
      <Typography component="ul">
        <li>
          {area.title} reaches {MATURITY_LEVEL_TITLES[areaResult.level]}; toward{' '}
          {MATURITY_LEVEL_TITLES[areaResult.nextPhase ?? 'run']} it is{' '}
          {Math.round(areaResult.progress * 100)}% done.
        </li>
        <li>
          The overall phase is {MATURITY_LEVEL_TITLES[result.overall]}, the
          weakest area's.
        </li>
        <li>
          Score: {met} met of {applicable} applicable criteria (the model's{' '}
          {total} less the one not applicable): round(100 × {met} ÷ {applicable}
          ) = <strong>{result.score}</strong>.
        </li>
        <li>
          Gap: {area.title} is {phases(areaResult.gap)} short of {targetTitle},
          and the entity's gap, its largest area gap, is{' '}
          <strong>{phases(result.gap)}</strong>.
        </li>
      </Typography>
      <Table size="small" aria-label="The worked example, area by area">
        <TableHead>
          <TableRow>
            <TableCell>Area</TableCell>
            <TableCell>Phase</TableCell>
            <TableCell>Toward the next phase</TableCell>
            <TableCell>Gap to {targetTitle}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.areas.map(a => (
            <TableRow key={a.areaId}>
              <TableCell>
                {model.areas.find(m => m.id === a.areaId)?.title}
              </TableCell>
              <TableCell>{MATURITY_LEVEL_TITLES[a.level]}</TableCell>
              <TableCell>
                {a.nextPhase
                  ? `${Math.round(a.progress * 100)}% → ${
                      MATURITY_LEVEL_TITLES[a.nextPhase]
                    }`
                  : 'Reached Run'}
              </TableCell>
              <TableCell>{phases(a.gap)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
