import { runColdBench, printCold } from './cold.ts';
console.log(printCold(await runColdBench({ runs: 2, requests: 3000, rssCheckpoint: 1000 })));
