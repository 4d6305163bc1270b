// A uPlot chart that fills its container's width and follows its resizes.
// uPlot draws on a canvas; the figure's caption and aria-label describe it
// for screen readers (the figures table holds the numbers).
import 'uplot/dist/uPlot.min.css';

import { useEffect, useRef } from 'react';
import uPlot from 'uplot';

interface Props {
  title: string;
  description: string;
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height?: number;
  testId?: string;
}

export function UPlotChart({ title, description, options, data, height = 280, testId }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const width = () => Math.max(280, element.clientWidth);
    const chart = new uPlot({ ...options, width: width(), height }, data, element);
    let observer: ResizeObserver | undefined;
    if (typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => chart.setSize({ width: width(), height }));
      observer.observe(element);
    }
    return () => {
      observer?.disconnect();
      chart.destroy();
    };
  }, [options, data, height]);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={container} role="img" aria-label={`${title}. ${description}`} className="chart-canvas" />
    </figure>
  );
}
