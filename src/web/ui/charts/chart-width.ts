import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of the element a chart sits in, kept up to date as the window changes, so charts are
 * drawn at their real size with text that stays readable on a phone (a scaled viewBox would shrink it).
 */
export function useChartWidth<E extends HTMLElement>(fallback = 640) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(Math.floor(element.getBoundingClientRect().width), 200));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
