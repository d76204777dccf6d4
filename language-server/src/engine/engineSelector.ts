// Picks the engine the settings ask for (the local worker or an OpenAI-compatible server)
// and switches on a settings change without restarting the language server.
import type { EngineStatus, Priority } from "../protocol/engine";
import type { SkrivehjelpSettings } from "../protocol/settings";
import type { Logger } from "../protocol/log";
import { uiText } from "../uiMessages";
import type { Engine, GenerateOutcome, GenerationRequest } from "./engine";
import { loadOptionsFrom } from "./loadOptions";
import { OpenAIEngine, type OpenAIConfig } from "./openai/openaiEngine";
import { EngineSupervisor } from "./supervisor";

export type EngineKind = SkrivehjelpSettings["engine"];

export interface EngineSelectorOptions {
    /** Script the local model worker runs (the server bundle, with `--engine-worker`). */
    workerScript: string;
    log: Logger;
    onStatus?: (status: EngineStatus) => void;
}

type Active = { kind: "local"; engine: EngineSupervisor } | { kind: "openai"; engine: OpenAIEngine };

export class EngineSelector implements Engine {
    private active: Active;
    private settings: SkrivehjelpSettings | undefined;
    private apiKey: string | undefined;
    /** Once anyone asked for the model, a switch makes the new engine ready straight away. */
    private wanted = false;
    /** Where a model URI's download lives; undefined: the default folder. */
    private modelDir: string | undefined;

    constructor(private readonly opts: EngineSelectorOptions) {
        this.active = this.create("local");
    }

    get kind(): EngineKind {
        return this.active.kind;
    }

    /** The local supervisor while it is the active engine (diagnostics and tests). */
    get local(): EngineSupervisor | undefined {
        return this.active.kind === "local" ? this.active.engine : undefined;
    }

    configure(settings: SkrivehjelpSettings): void {
        this.settings = settings;
        if (settings.engine !== this.active.kind) {
            const old = this.active;
            this.active = this.create(settings.engine);
            this.opts.log("info", `engine: ${old.kind} → ${settings.engine}`);
            old.engine.dispose(uiText("engineSwitched", settings.engine));
        }
        this.apply();
        this.emit(this.active.engine.status());
        if (this.wanted) this.active.engine.load().catch(() => undefined); // the status carries the error
    }

    /** The folder model downloads go to (the client's `initializationOptions.modelDir`). */
    setModelDir(dir: string | undefined): void {
        this.modelDir = dir;
        if (this.active.kind === "local") this.apply();
    }

    /** From SecretStorage (VS Code) or initializationOptions; never from settings.json. */
    setApiKey(apiKey: string | undefined): void {
        this.apiKey = apiKey || undefined;
        if (this.active.kind === "openai") this.apply();
    }

    status(): EngineStatus {
        return withKind(this.active.engine.status(), this.active.kind);
    }

    load(reload = false): Promise<void> {
        this.wanted = true;
        return this.active.engine.load(reload);
    }

    generate(
        params: GenerationRequest,
        priority: Priority,
        signal?: AbortSignal,
        onText?: (text: string) => void,
    ): Promise<GenerateOutcome> {
        this.wanted = true;
        return this.active.engine.generate(params, priority, signal, onText);
    }

    dispose(): void {
        this.active.engine.dispose();
    }

    private apply(): void {
        if (!this.settings) return;
        if (this.active.kind === "local") this.active.engine.configure(loadOptionsFrom(this.settings, this.modelDir));
        else this.active.engine.configure(openAIConfigFrom(this.settings, this.apiKey));
    }

    private create(kind: EngineKind): Active {
        // only the active engine speaks: a status from one being replaced would confuse the client
        let me: Active | undefined;
        const onStatus = (s: EngineStatus) => {
            if (me && this.active === me) this.emit(withKind(s, kind));
        };
        me =
            kind === "openai"
                ? { kind, engine: new OpenAIEngine({ log: this.opts.log, onStatus }) }
                : { kind, engine: new EngineSupervisor({ workerScript: this.opts.workerScript, log: this.opts.log, onStatus }) };
        return me;
    }

    private lastJson = "";
    private emit(status: EngineStatus): void {
        const s = withKind(status, this.active.kind);
        const json = JSON.stringify(s);
        if (json === this.lastJson) return;
        this.lastJson = json;
        this.opts.onStatus?.(s);
    }
}

export function openAIConfigFrom(s: SkrivehjelpSettings, apiKey: string | undefined): OpenAIConfig {
    return { ...s.openai, apiKey };
}

function withKind(s: EngineStatus, kind: EngineKind): EngineStatus {
    return s.engine === kind ? s : { ...s, engine: kind };
}
