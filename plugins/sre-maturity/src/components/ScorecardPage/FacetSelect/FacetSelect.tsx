import { Checkbox, makeStyles, TextField } from '@material-ui/core';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useMemo } from 'react';
import { FacetCount } from '../../../api';
import { facetOptions } from './facetOptions';
import { formatFacetValue } from '../labels/formatFacetValue';
import { Facet } from '../view/scorecardView';

const useStyles = makeStyles(theme => ({
  root: { width: 200 },
  option: { display: 'flex', alignItems: 'center', width: '100%' },
  label: { flex: 1, overflow: 'hidden', textOverflow: 'ellipsis' },
  count: { marginLeft: theme.spacing(1), color: theme.palette.text.secondary },
}));

/**
 * A multi-value filter whose options carry how many entities each matches.
 * The counts load after the rows; until they come, the selected values show
 * as chips only.
 */
export function FacetSelect(props: {
  facet: Facet;
  label: string;
  /** Undefined while they load or when they could not be loaded. */
  counts?: FacetCount[];
  error?: Error;
  selected: string[];
  onChange: (values: string[]) => void;
}) {
  const { facet, label, counts, error, selected, onChange } = props;
  const classes = useStyles();
  const options = useMemo(
    () => facetOptions(facet, counts ?? [], selected),
    [facet, counts, selected],
  );
  const countOf = useMemo(
    () => new Map(options.map(o => [o.value, o.count])),
    [options],
  );

  return (
    <Autocomplete
      className={classes.root}
      multiple
      disableCloseOnSelect
      limitTags={1}
      size="small"
      // Without counts, no options: the list then says that they load or
      // why they failed, which it would not beside the selected values.
      options={counts ? options.map(o => o.value) : []}
      value={selected}
      onChange={(_event, values) => onChange(values)}
      getOptionLabel={value => formatFacetValue(facet, value)}
      loading={!counts && !error}
      loadingText="Loading values…"
      noOptionsText={
        error ? `Could not load the values: ${error.message}` : 'No values'
      }
      renderOption={(value, { selected: checked }) => (
        <span className={classes.option}>
          <Checkbox size="small" checked={checked} tabIndex={-1} />
          <span className={classes.label}>
            {formatFacetValue(facet, value)}
          </span>
          <span className={classes.count}>{countOf.get(value) ?? 0}</span>
        </span>
      )}
      renderInput={params => (
        <TextField {...params} label={label} variant="outlined" />
      )}
    />
  );
}
