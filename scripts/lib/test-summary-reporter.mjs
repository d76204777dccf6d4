// A node --test reporter beside the spec reporter: counts what ran and names every skipped or
// todo test or suite (node's own summary leaves a skipped suite out of its "skipped" count), as
// one JSON line for scripts/test.sh, which fails a stage that skipped anything or ran nothing.
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//        --test-reporter=./scripts/lib/test-summary-reporter.mjs --test-reporter-destination=FILE …
export default async function* summary(source) {
    const s = { tests: 0, pass: 0, fail: 0, skipped: [], todo: [] };
    for await (const event of source) {
        if (event.type !== "test:pass" && event.type !== "test:fail") continue;
        const d = event.data;
        const where = d.file ? `${d.file}: ${d.name}` : d.name;
        if (d.skip !== undefined && d.skip !== false) s.skipped.push(`${where} (${d.skip === true ? "skip" : d.skip})`);
        else if (d.todo !== undefined && d.todo !== false) s.todo.push(`${where} (${d.todo === true ? "todo" : d.todo})`);
        if (d.details?.type === "suite") continue;
        s.tests++;
        if (event.type === "test:pass") s.pass++;
        else s.fail++;
    }
    yield JSON.stringify(s) + "\n";
}
