import { useEffect, useState } from 'react';

/**
 * `value`, once a frame has been painted since it changed; until then the
 * value painted before, or undefined. Work keyed on it waits until what
 * rendered with the value is on screen, or, in a hidden page, for the next
 * task.
 */
export function usePaintedValue<T>(value: T): T | undefined {
  const [painted, setPainted] = useState<T>();
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const give = () => {
      task = setTimeout(() => setPainted(() => value));
    };
    // Animation frame callbacks run before the frame is painted; a task
    // queued from one runs after. A hidden page paints no frames.
    const frame = document.hidden ? undefined : requestAnimationFrame(give);
    if (frame === undefined) {
      give();
    }
    return () => {
      if (frame !== undefined) {
        cancelAnimationFrame(frame);
      }
      clearTimeout(task);
    };
  }, [value]);
  return painted;
}
