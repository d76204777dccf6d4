// Memory of a process from /proc (Linux): resident now and at its peak, in MB.
import * as fs from "node:fs";

export function memoryMb(pid: number): { rssMb: number; peakRssMb: number } {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: Math.round(kb("VmRSS") / 1024), peakRssMb: Math.round(kb("VmHWM") / 1024) };
}

export function childPids(pid: number): number[] {
    try {
        return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
        return [];
    }
}
