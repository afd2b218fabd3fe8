import { type BenchRow, printTable } from './harness.js';
import { benchDraw } from './draw.bench.js';
import { benchGrading } from './grading.bench.js';

const rows: BenchRow[] = [...benchGrading(), ...benchDraw()];
console.log(`shared benchmarks on Node ${process.version}, ${new Date().toISOString()}\n`);
printTable(rows);
