// The written standard's type, for the proofreading room's many modules; its one home, with the
// pin syntax and the decision order, is protocol/writtenStandard.ts.
export type { Variety } from "../protocol/writtenStandard";
