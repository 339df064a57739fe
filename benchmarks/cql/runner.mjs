// The CQL peer of benchmarks/run.py: one process, driven over stdin and stdout.
//
//   node runner.mjs LIBRARY.cql SYSTEM-MODELINFO.xml VERIFY.json TIMING.json PREFIX
//
// Setup (timed): the library is translated to ELM by the reference translator's
// JavaScript build (@cqframework/cql) and loaded by cql-execution. Each patient is then
// evaluated through cql-execution's ordinary API: the patient's facts are the library's
// parameter `Facts`, and `exec` evaluates every definition. The first line written is
// {"ready": true, "setup_ms": ..., "patients": N, "outputs": [...]} with the output of every
// verification patient (checked by the Python side against the hand-written function), or
// {"absent": "why"}. Then each line "time" read is answered with {"seconds": S}, one pass
// over the first PREFIX timing patients; "stop" (or the end of stdin) ends the process.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import cql from "cql-execution";
import {
  CqlTranslator,
  LibraryManager,
  ModelManager,
  createModelInfoProvider,
  stringAsSource,
} from "@cqframework/cql/cql-to-elm";

const [libraryPath, modelInfoPath, verifyPath, timingPath, prefixText] = process.argv.slice(2);

function say(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function translate(text, systemModelInfo) {
  const models = new ModelManager();
  models.modelInfoLoader.registerModelInfoProvider(
    createModelInfoProvider((id) => (id === "System" ? stringAsSource(systemModelInfo) : null)),
  );
  const translator = CqlTranslator.fromText(text, new LibraryManager(models));
  const errors = translator.errors.toArray().map((e) => e.message);
  if (errors.length > 0) {
    throw new Error(`the translator reported ${errors.length} error(s): ${errors.slice(0, 3).join("; ")}`);
  }
  return JSON.parse(translator.toJson());
}

// No patient context: the library reads its facts from the parameter, so the patient
// source is empty and every definition is evaluated in the unfiltered context.
const noPatients = { currentPatient: () => undefined, nextPatient: () => undefined };

function engine(library) {
  const executor = new cql.Executor(library);
  return async (patient) => {
    const results = await executor.withParameters({ Facts: patient }).exec(noPatients);
    const values = results.unfilteredResults;
    const dose = values.PrednisoneDose;
    return {
      recommendations: values.Recommendations,
      prednisone_mg_per_day: dose == null ? null : [dose.low, dose.high],
    };
  };
}

async function main() {
  let decide;
  let setupMs;
  try {
    const text = readFileSync(libraryPath, "utf8");
    const systemModelInfo = readFileSync(modelInfoPath, "utf8");
    const start = performance.now();
    const library = new cql.Library(translate(text, systemModelInfo));
    decide = engine(library);
    setupMs = performance.now() - start;
  } catch (error) {
    say({ absent: `failed: ${error.message}` });
    return;
  }
  const verify = JSON.parse(readFileSync(verifyPath, "utf8"));
  const outputs = [];
  for (const patient of verify) {
    outputs.push(await decide(patient));
  }
  const timing = JSON.parse(readFileSync(timingPath, "utf8")).slice(0, Number(prefixText));
  say({ ready: true, setup_ms: setupMs, patients: timing.length, outputs });
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (line.trim() !== "time") {
      break;
    }
    const start = performance.now();
    for (const patient of timing) {
      await decide(patient);
    }
    say({ seconds: (performance.now() - start) / 1e3 });
  }
  lines.close();
}

main().catch((error) => {
  say({ absent: `failed: ${error.message}` });
});
