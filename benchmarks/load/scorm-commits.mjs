// SCORM commit load: learners commit their SCO's run-time data as the player does (a flattened CMI set with
// 5,000+ characters of suspend data and a growing session time), at the rate of LEARNERS learners committing every
// 30 s, for DURATION seconds. Each learner's commits go one after another, as one browser's do.
// Usage: node benchmarks/load/scorm-commits.mjs BASE_URL TOKENS_FILE   (TOKENS_FILE: one "token attemptId session" a line)
// Settings: LEARNERS (2000), DURATION (60).
import { readFileSync } from 'node:fs';

const [base, tokensFile] = process.argv.slice(2);
const learners = Number(process.env.LEARNERS ?? 2000);
const duration = Number(process.env.DURATION ?? 60);
const sessions = readFileSync(tokensFile, 'utf8').trim().split('\n').map((l) => l.split(' '));
const rate = learners / 30; // commits per second over all learners
const perSession = rate / sessions.length;
const latencies = [];
const failures = {};
const end = Date.now() + duration * 1000;
const suspend = 's'.repeat(5000);

async function learner([token, attemptId, session]) {
  let n = 0;
  const interval = 1000 / perSession;
  while (Date.now() < end) {
    const started = performance.now();
    n++;
    const body = JSON.stringify({
      session: Number(session),
      cmi: {
        'cmi.core.lesson_status': 'incomplete',
        'cmi.core.lesson_location': `page-${n % 40}`,
        'cmi.suspend_data': `${suspend}|${n}`,
        'cmi.core.session_time': `00:${String(Math.floor(n / 60) % 60).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`,
        'cmi.core.exit': 'suspend',
        'cmi.interactions.0.id': 'q1',
        'cmi.interactions.0.type': 'choice',
        'cmi.interactions.0.student_response': 'b',
      },
    });
    try {
      const response = await fetch(`${base}/api/e-learning/scorm/attempts/${attemptId}/commit`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body,
      });
      await response.arrayBuffer();
      if (!response.ok) failures[response.status] = (failures[response.status] ?? 0) + 1;
    } catch (e) {
      failures[e.message] = (failures[e.message] ?? 0) + 1;
    }
    const took = performance.now() - started;
    latencies.push(took);
    await new Promise((r) => setTimeout(r, Math.max(0, interval - took)));
  }
}

const started = Date.now();
await Promise.all(sessions.map(learner));
const seconds = (Date.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1);
console.log(
  JSON.stringify({
    learners,
    targetPerSecond: Number(rate.toFixed(1)),
    commits: latencies.length,
    perSecond: Number((latencies.length / seconds).toFixed(1)),
    p50: at(50),
    p95: at(95),
    p99: at(99),
    max: latencies.at(-1).toFixed(1),
    failures,
  }),
);
