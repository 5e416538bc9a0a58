import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';

/** Recharts through Mantine's wrapper, loaded only by the screens that draw a chart. */
export default function Bars(props: {
  data: Record<string, string | number>[];
  dataKey: string;
  series: { name: string; label: string }[];
  label: string;
}) {
  return (
    <div role="img" aria-label={props.label}>
      <BarChart
        h={260}
        data={props.data}
        dataKey={props.dataKey}
        series={props.series.map((s, i) => ({ ...s, color: ['indigo.7', 'teal.7', 'orange.7'][i % 3]! }))}
        tickLine="y"
      />
    </div>
  );
}
