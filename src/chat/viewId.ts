// The side panel view id (package.json `contributes.views`).
export const VIEW_ID = "skrivehjelp.assistant";
