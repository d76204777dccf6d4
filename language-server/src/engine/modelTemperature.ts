// skrivehjelp.model.temperature for the proofreader's questions: the model layer builds its
// requests without the settings, so the server hands it an engine that sets the temperature
// of each request. A per-request parameter: a change never reloads the model.
import type { EngineStatus, Priority } from "../protocol/engine";
import type { GenerationRequest } from "./engine";

export interface TemperatureEngine<R> {
    status(): EngineStatus;
    generate(params: GenerationRequest, priority: Priority, signal?: AbortSignal): Promise<R>;
}

/** `engine` with every request's temperature replaced by the current setting. */
export function withModelTemperature<R>(engine: TemperatureEngine<R>, temperature: () => number): TemperatureEngine<R> {
    return {
        status: () => engine.status(),
        generate: (params, priority, signal) => engine.generate({ ...params, temperature: temperature() }, priority, signal),
    };
}
