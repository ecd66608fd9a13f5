import { InputAdornment, TextField } from '@material-ui/core';
import SearchIcon from '@material-ui/icons/Search';
import { useEffect, useRef, useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

export const SEARCH_DEBOUNCE_MS = 400;

/** Free-text filter, applied once the user pauses typing. */
export function SearchField(props: {
  value: string;
  onChange: (value: string) => void;
}) {
  const { value, onChange } = props;
  const [text, setText] = useState(value);
  // The last value this field and the URL agreed on, so that a value
  // arriving from the URL (back button, "clear") replaces what is typed,
  // but the field's own debounced write does not.
  const agreed = useRef(value);

  useEffect(() => {
    if (value !== agreed.current) {
      agreed.current = value;
      setText(value);
    }
  }, [value]);

  useDebounce(
    () => {
      if (text !== agreed.current) {
        agreed.current = text;
        onChange(text);
      }
    },
    SEARCH_DEBOUNCE_MS,
    [text],
  );

  return (
    <TextField
      id="sre-maturity-search"
      label="Search"
      placeholder="Name or title"
      variant="outlined"
      size="small"
      type="search"
      value={text}
      onChange={event => setText(event.target.value)}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
    />
  );
}
