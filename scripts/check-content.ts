// `npm run check:content [-- --format github]`: validates CONTENT_DIR without
// building the site; exits 1 when content has errors. The logic and its tests
// are in src/build/check-content.ts.
import { checkContent, checkOptionsFrom, USAGE } from '../src/build/check-content.ts';

const options = checkOptionsFrom(process.argv.slice(2), process.env, process.cwd());
if ('help' in options) {
  console.log(USAGE);
} else if ('error' in options) {
  console.error(`${options.error}\n\n${USAGE}`);
  process.exitCode = 2;
} else {
  const report = await checkContent(options);
  for (const line of report.lines) console.log(line);
  process.exitCode = report.exitCode;
}
