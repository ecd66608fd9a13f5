import { cloneElement, ReactElement } from 'react';

/**
 * A `jest.mock('recharts', ...)` factory: jsdom lays nothing out, so a
 * `ResponsiveContainer` measures 0 and draws nothing; this one gives its chart
 * a fixed size instead.
 */
export function rechartsWithFixedSize() {
  const actual = jest.requireActual('recharts');
  return {
    ...actual,
    ResponsiveContainer: (props: { children: ReactElement }) =>
      cloneElement(props.children, { width: 600, height: 300 }),
  };
}
