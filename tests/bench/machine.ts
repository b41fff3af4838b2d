/** What machine and moment a bench run describes: printed first and stored with the results. */
import { cpus, loadavg, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';

export interface MachineInfo {
  /** ISO time the run started. */
  date: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  /** 1-minute load average when the run started: above the core count, other work shares the CPU. */
  load1: number;
  platform: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux: fall back to what os.cpus() reports
  }
  return cpus()[0]?.model ?? 'unknown';
}

export function machineInfo(): MachineInfo {
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    load1: Math.round(loadavg()[0]! * 100) / 100,
    platform: `${process.platform} ${process.arch}`,
  };
}

export function machineLine(m: MachineInfo): string {
  return `${m.date} · CPU ${m.cpu} × ${m.cores} · ${m.memoryGB} GB · Node ${m.node} · load ${m.load1} at start`;
}
