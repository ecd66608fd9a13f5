import { act, renderHook } from '@testing-library/react';
import { usePaintedValue } from './usePaintedValue';

describe('usePaintedValue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('gives a value only after the next frame, and the latest one', () => {
    const { result, rerender } = renderHook(
      ({ value }) => usePaintedValue(value),
      { initialProps: { value: 'a' } },
    );
    expect(result.current).toBeUndefined();
    act(() => jest.runAllTimers());
    expect(result.current).toBe('a');

    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    // A value replaced before its frame is never given.
    rerender({ value: 'c' });
    act(() => jest.runAllTimers());
    expect(result.current).toBe('c');
  });

  it('does not wait for a frame in a hidden page, which paints none', () => {
    const frame = jest.spyOn(window, 'requestAnimationFrame');
    const hidden = jest.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    try {
      const { result } = renderHook(() => usePaintedValue('a'));
      act(() => jest.runAllTimers());
      expect(result.current).toBe('a');
      expect(frame).not.toHaveBeenCalled();
    } finally {
      hidden.mockRestore();
      frame.mockRestore();
    }
  });

  it('keeps a function as the value', () => {
    const fn = () => 1;
    const { result } = renderHook(() => usePaintedValue(fn));
    act(() => jest.runAllTimers());
    expect(result.current).toBe(fn);
  });
});
