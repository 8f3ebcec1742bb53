// Script time measured in CPU time, from a Chromium trace: what the page's
// own script costs its main thread, whatever else the machine is doing.
//
// Why beside Performance.getMetrics' ScriptDuration: that figure is wall-clock
// time, so on a busy machine (two cores shared with builds and other
// browsers) a task that waits for a core counts as script. A trace event
// carries the thread's own clock too (`tts`, `tdur`), which advances only
// while the thread runs.
import type { CDPSession } from 'playwright-core';

/**
 * The trace events that DevTools counts as scripting: events dispatched to listeners, callbacks from the
 * browser (timers, frames, messages), microtasks, script evaluation. Only the `devtools.timeline`
 * category is traced: V8's own categories would slow the page they measure.
 */
const SCRIPT_EVENTS = new Set(['EventDispatch', 'FunctionCall', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tts?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Records a trace while `during` runs and returns the main thread's script CPU time in it, in ms (nested events counted once). */
export async function scriptThreadTime(cdp: CDPSession, during: () => Promise<void>): Promise<number> {
  const events: TraceEvent[] = [];
  // The protocol's types say string values; the events are JSON with numbers.
  const collect = (data: { value: ReadonlyArray<object> }) => {
    events.push(...(data.value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', '__metadata'] }, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return mainThreadScript(events);
}

function mainThreadScript(events: TraceEvent[]): number {
  // The renderer's main thread that ran the most script: the page's (a closed page's renderer may linger).
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map<string, Array<[number, number]>>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(thread) || !SCRIPT_EVENTS.has(e.name) || e.ph !== 'X' || e.tts === undefined || e.tdur === undefined) continue;
    const spans = byThread.get(thread) ?? [];
    spans.push([e.tts, e.tts + e.tdur]);
    byThread.set(thread, spans);
  }
  let most = 0;
  for (const spans of byThread.values()) most = Math.max(most, unionLength(spans));
  return most / 1000;
}

/** The length of the union of [start, end) spans (a microtask run inside an event's callback is counted once). */
function unionLength(spans: Array<[number, number]>): number {
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [-Infinity, -Infinity];
  for (const [from, to] of spans) {
    if (from > end) {
      if (end > start) total += end - start;
      [start, end] = [from, to];
    } else {
      end = Math.max(end, to);
    }
  }
  if (end > start) total += end - start;
  return total;
}
