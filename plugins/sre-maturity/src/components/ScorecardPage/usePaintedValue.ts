import { useEffect, useState } from 'react';

/**
 * `value`, once a frame has been painted since it changed; undefined before.
 * Work keyed on it waits until what rendered with the value is on screen.
 */
export function usePaintedValue<T>(value: T): T | undefined {
  const [painted, setPainted] = useState<T>();
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    // Animation frame callbacks run before the frame is painted; a task
    // queued from one runs after.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setPainted(() => value));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [value]);
  return painted;
}
