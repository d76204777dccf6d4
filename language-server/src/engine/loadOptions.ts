// What the engine is loaded with, derived from the settings and the machine.
import * as os from "node:os";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { effectiveThreads } from "../protocol/settingsNormalize";
import type { LoadOptions } from "./worker/messages";

export function loadOptionsFrom(s: SkrivehjelpSettings): LoadOptions {
    return {
        modelPath: s.model.path,
        threads: effectiveThreads(s, os.availableParallelism()),
        contextSize: s.model.contextSize,
        sequences: s.model.sequences,
        gpu: s.model.gpu,
        gpuLayers: s.model.gpuLayers,
    };
}
