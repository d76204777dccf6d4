import { strict as assert } from "node:assert";
import { test } from "node:test";
import { SpeedMeter } from "./speed";

test("speed is measured over the recent window, so a stall shows as zero", () => {
    const m = new SpeedMeter(2000);
    assert.equal(m.bytesPerSecond(), 0);
    m.add(0, 0);
    m.add(1000, 1_000_000);
    assert.equal(m.bytesPerSecond(), 1_000_000);
    m.add(2000, 3_000_000);
    assert.equal(m.bytesPerSecond(), 1_500_000);
    // nothing arrives for longer than the window
    m.add(4000, 3_000_000);
    m.add(5000, 3_000_000);
    assert.equal(m.bytesPerSecond(), 0);
});
