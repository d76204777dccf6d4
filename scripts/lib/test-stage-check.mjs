// scripts/test.sh, after each stage's node --test: reads the stage's JSON line from
// test-summary-reporter.mjs, appends "stage tests pass fail skipped todo" to the run's summary
// file, and exits 1 when the stage ran no test or skipped one: a skipped test is a failure in
// `npm test` (the README names everything a test needs, and `npm test` installs it).
//   node scripts/lib/test-stage-check.mjs STAGE STAGE.json SUMMARY.tsv
import * as fs from "node:fs";

const [stage, file, summaryFile] = process.argv.slice(2);
let s;
try {
    s = JSON.parse(fs.readFileSync(file, "utf8").trim().split("\n").pop());
} catch (e) {
    console.error(`test stage "${stage}": no test summary in ${file} (${e.message}): the test runner did not finish`);
    process.exit(1);
}
fs.appendFileSync(summaryFile, [stage, s.tests, s.pass, s.fail, s.skipped.length, s.todo.length].join("\t") + "\n");
const problems = [];
if (s.tests === 0) problems.push("ran no test");
if (s.skipped.length) problems.push(`skipped ${s.skipped.length}:\n  ${s.skipped.join("\n  ")}`);
if (s.todo.length) problems.push(`left ${s.todo.length} as todo:\n  ${s.todo.join("\n  ")}`);
if (problems.length) {
    console.error(`test stage "${stage}" FAILED: it ${problems.join("; ")}`);
    process.exit(1);
}
