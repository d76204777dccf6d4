// One line of the bench table.
export interface Row {
    what: string;
    value: number;
    unit: string;
    goal?: string;
    pass?: boolean;
}
