import { useEffect, useRef } from 'react';
import { View } from '@tarojs/components';
import * as echarts from 'echarts/core';
import { BarChart, BoxplotChart, FunnelChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

// Only what the console draws, on the canvas renderer: keeps the H5 admin chunk small (the weapp build never imports this).
echarts.use([BarChart, BoxplotChart, FunnelChart, ScatterChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** An ECharts chart drawn on a canvas inside a View's DOM node (H5 only); resized with the window, disposed on unmount. */
export function Chart({ option, height, testId }: { option: EChartsOption; height: number; testId: string }) {
  const host = useRef<HTMLElement | null>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const onResize = () => instance.resize();
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <View ref={host as never} className="qc-chart" style={{ height: `${height}px` }} data-testid={testId} />;
}
