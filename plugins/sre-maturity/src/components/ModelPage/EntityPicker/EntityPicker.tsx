import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { readExcludeKinds } from '../../../readExcludeKinds';

/** An entity the picker offers. */
export interface EntityOption {
  entityRef: string;
  title?: string;
}

/** How many matches the picker offers at once. */
const MATCH_LIMIT = 20;

/** A full ref typed or pasted in, e.g. `component:default/payments-api`. */
function parseTypedRef(text: string): string | undefined {
  try {
    return stringifyEntityRef(parseEntityRef(text.trim()));
  } catch {
    return undefined;
  }
}

function optionLabel(option: EntityOption | string): string {
  if (typeof option === 'string') {
    return option;
  }
  return option.title
    ? `${option.title} (${option.entityRef})`
    : option.entityRef;
}

/**
 * Finds any entity of the catalog the plugin assesses by name or title, as
 * one types; a full entity ref typed in is taken as it is.
 */
export function EntityPicker(props: {
  value?: string;
  onChange(entityRef: string | undefined): void;
}) {
  const { value, onChange } = props;
  const catalogApi = useApi(catalogApiRef);
  const excludeKinds = readExcludeKinds(useApi(configApiRef));
  const [input, setInput] = useState('');
  const [term, setTerm] = useState('');
  useDebounce(() => setTerm(input.trim()), 250, [input]);

  const { value: options = [], loading } = useAsync(async () => {
    if (!term) {
      return [];
    }
    const { items } = await catalogApi.queryEntities({
      query: { $not: { kind: { $in: [...excludeKinds] } } },
      fullTextFilter: { term, fields: ['metadata.name', 'metadata.title'] },
      orderFields: { field: 'metadata.name', order: 'asc' },
      limit: MATCH_LIMIT,
      fields: ['kind', 'metadata.namespace', 'metadata.name', 'metadata.title'],
    });
    return items.map(
      (entity): EntityOption => ({
        entityRef: stringifyEntityRef(entity),
        title: entity.metadata.title,
      }),
    );
  }, [catalogApi, term, excludeKinds.join()]);

  return (
    <Autocomplete<EntityOption | string, false, false, true>
      freeSolo
      options={options}
      loading={loading}
      value={value ?? null}
      getOptionLabel={optionLabel}
      getOptionSelected={(option, selected) =>
        typeof option !== 'string' &&
        typeof selected === 'string' &&
        option.entityRef === selected
      }
      // The catalog filters; the picker shows what it answers.
      filterOptions={x => x}
      onInputChange={(_event, text) => setInput(text)}
      onChange={(_event, selected) => {
        if (selected === null) {
          onChange(undefined);
        } else if (typeof selected === 'string') {
          const entityRef = parseTypedRef(selected);
          if (entityRef) {
            onChange(entityRef);
          }
        } else {
          onChange(selected.entityRef);
        }
      }}
      noOptionsText={term ? 'No entity matches' : 'Type a name'}
      renderInput={params => (
        <TextField
          {...params}
          label="Entity"
          placeholder="Name, title or entity ref"
          variant="outlined"
          size="small"
        />
      )}
    />
  );
}
