// Both engines report their status on every change of state; clients want each status once.
import type { EngineStatus } from "../protocol/engine";

/** A function that passes a status on to `onStatus` only when it differs from the last one passed. */
export function changedStatusEmitter(onStatus: ((status: EngineStatus) => void) | undefined): (status: EngineStatus) => void {
    let last = "";
    return (status) => {
        const json = JSON.stringify(status);
        if (json === last) return;
        last = json;
        onStatus?.(status);
    };
}
