import { createSeededRandom, type DrawApplication, type DrawExpert, drawPanels } from '../src/draw/index.js';
import { type BenchRow, measure } from './harness.js';

// Each expert belongs to one of `kinds` enterprises and one of `kinds` units, and so does each
// application; with kinds = 40 an application conflicts with about 2/40 = 5 % of the experts.
function pool(expertCount: number, applicationCount: number, kinds: number) {
  const random = createSeededRandom(`bench-${expertCount}-${applicationCount}`);
  const experts: DrawExpert[] = Array.from({ length: expertCount }, (_, i) => ({
    id: `expert-${i}`,
    enterpriseId: `E${random.nextInt(kinds)}`,
    unitId: `U${random.nextInt(kinds)}`,
  }));
  const applications: DrawApplication[] = Array.from({ length: applicationCount }, (_, i) => ({
    id: `application-${i}`,
    enterpriseId: `E${random.nextInt(kinds)}`,
    unitId: `U${random.nextInt(kinds)}`,
  }));
  return { experts, applications };
}

export function benchDraw(): BenchRow[] {
  const cases = [
    { experts: 100, applications: 500, panelCount: 10, panelSize: 7, runs: 9 },
    { experts: 1_000, applications: 5_000, panelCount: 100, panelSize: 7, runs: 3 },
  ];
  return cases.map(({ experts: expertCount, applications: applicationCount, panelCount, panelSize, runs }) => {
    const { experts, applications } = pool(expertCount, applicationCount, 40);
    const ms = measure(() => drawPanels({ seed: '2026-资料审核', experts, applications, panelCount, panelSize }), runs);
    return {
      name: 'drawPanels',
      size: `${applicationCount} applications, ${expertCount} experts → ${panelCount}×${panelSize}`,
      n: applicationCount,
      ms,
      note: '5 % conflict density',
    };
  });
}
