// Command-line arguments of the build scripts (`--work DIR --out DIR`): each is required, and a
// missing one stops the build with its name rather than writing to "undefined".

/** The value after `name` on the command line. */
export function requiredArg(name: string): string {
    const i = process.argv.indexOf(name);
    if (i < 0 || !process.argv[i + 1]) throw new Error(`missing ${name}`);
    return process.argv[i + 1];
}
