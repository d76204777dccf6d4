// What the engine is loaded with, derived from the settings and the machine.
import * as os from "node:os";
import { defaultModelDir, downloadFor } from "../models/modelDir";
import { parseModelSource } from "../protocol/modelSource";
import type { SkrivehjelpSettings } from "../protocol/settings";
import { effectiveThreads } from "../protocol/settingsNormalize";
import type { LoadOptions } from "./worker/messages";

/** `modelDir`: where a model URI's download lives (the client's `initializationOptions.modelDir`). */
export function loadOptionsFrom(s: SkrivehjelpSettings, modelDir = defaultModelDir()): LoadOptions {
    const source = parseModelSource(s.model.path);
    // An invalid URI never gets here (the settings check reports it and uses no model); kept as a path, it fails the file check.
    let model: Pick<LoadOptions, "modelPath" | "fromUri"> = { modelPath: s.model.path };
    if (source.kind === "uri") {
        const { path: modelPath, ...fromUri } = downloadFor(source, modelDir);
        model = { modelPath, fromUri };
    }
    return {
        ...model,
        threads: effectiveThreads(s, os.availableParallelism()),
        contextSize: s.model.contextSize,
        sequences: s.model.sequences,
        gpu: s.model.gpu,
        gpuLayers: s.model.gpuLayers,
    };
}
