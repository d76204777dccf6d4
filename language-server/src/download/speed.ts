// Transfer speed over the last few seconds: a whole-download average hides a stall, and a
// single tick jumps about.
export class SpeedMeter {
    private readonly samples: { t: number; bytes: number }[] = [];

    constructor(private readonly windowMs = 5000) {}

    add(t: number, bytes: number): void {
        this.samples.push({ t, bytes });
        while (this.samples.length > 2 && t - this.samples[0].t > this.windowMs) this.samples.shift();
    }

    /** Bytes per second across the window; 0 until two samples span some time. */
    bytesPerSecond(): number {
        if (this.samples.length < 2) return 0;
        const a = this.samples[0];
        const b = this.samples[this.samples.length - 1];
        return b.t > a.t ? Math.max(0, ((b.bytes - a.bytes) * 1000) / (b.t - a.t)) : 0;
    }
}
