package com.vanitycall.cli.load;

import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.loadtest.LoadReport;
import com.vanitycall.loadtest.PipelineListener;
import com.vanitycall.loadtest.PipelineLoadHarness;
import com.vanitycall.loadtest.PipelineLoadOptions;
import com.vanitycall.loadtest.PipelineLoadReport;
import com.vanitycall.loadtest.PipelineUnderLoad;
import com.vanitycall.loadtest.RunContext;
import com.vanitycall.loadtest.RunWatch;
import com.vanitycall.loadtest.Thresholds;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code vanitycall load pipeline}: synthetic call events at a target rate through a fresh
 * in-memory stack's pipeline; prints sustained events/s, latency percentiles and whether anything
 * was lost (exit status 1 if so).
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description =
        "Publish synthetic call events at a target rate through a fresh in-memory local stack and"
            + " measure sustained events/s, latency (published -> persisted) and losses.")
public final class PipelineLoadCommand implements Callable<Integer> {

  @Option(
      names = "--events",
      defaultValue = "20000",
      description = "events to publish (${DEFAULT-VALUE})")
  private int events;

  @Option(
      names = "--rate",
      defaultValue = "800",
      description = "events per second (${DEFAULT-VALUE})")
  private int rate;

  @Option(names = "--shards", defaultValue = "2", description = "stream shards (${DEFAULT-VALUE})")
  private int shards;

  @Option(names = "--seed", defaultValue = "1", description = "generator seed (${DEFAULT-VALUE})")
  private long seed;

  @Option(
      names = "--drain-seconds",
      defaultValue = "120",
      description = "how long to wait for the pipeline after the last event (${DEFAULT-VALUE})")
  private long drainSeconds;

  @Option(
      names = "--warmup-seconds",
      defaultValue = "20",
      description =
          "publish at the same rate for this long first, not measured, so that the JVM has compiled"
              + " its hot code; 0 for a cold run (${DEFAULT-VALUE})")
  private long warmupSeconds;

  @Mixin private ReportOptions reports;
  @Mixin private ThresholdOptions thresholdOptions;
  @Mixin private AbortOnFailOption abortOnFail;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PipelineLoadOptions options;
    try {
      options =
          new PipelineLoadOptions(
              events,
              rate,
              shards,
              seed,
              Duration.ofSeconds(drainSeconds),
              Duration.ofSeconds(warmupSeconds));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Thresholds thresholds = thresholdOptions.parse(spec, "pipeline", PipelineLoadReport.MEASURED);
    RunWatch watch = abortOnFail.watch(spec, thresholds);
    Map<String, String> configuration = new LinkedHashMap<>();
    configuration.put("command", LoadSubcommand.typed(spec));
    configuration.put(
        "events",
        String.format(
            "%,d at %,d/s to %d shards (seed %d), after %d s of warm-up",
            events, rate, shards, seed, warmupSeconds));
    configuration.put("stack", "a fresh in-memory local stack with its pipeline");
    configuration.put("thresholds", thresholdOptions.describe());
    RunContext run = RunContext.startingNow(configuration);
    PipelineLoadReport pipeline =
        new PipelineLoadHarness(options, PipelineLoadCommand::freshStack).run(out, watch);
    pipeline.print(out);
    LoadReport measured = pipeline.asLoadReport();
    LoadReport report =
        measured.judged(run.ended(), measured.checks(), thresholds.judge(measured.measurements()));
    Verdicts.print(out, report.checks(), report.thresholds());
    reports.write(report, "pipeline at " + rate + "/s", "published -> persisted", out);
    return Verdicts.exitCode(report.checks(), report.thresholds());
  }

  /** A fresh in-memory local stack whose pipe tells the harness what it finished. */
  private static PipelineUnderLoad freshStack(int shards, PipelineListener listener) {
    StackOptions options = StackOptions.inMemory().withShards(shards);
    ResourceNames names = options.names();
    LocalStack stack = LocalStack.start(options);
    stack.startPipeline(listener::batchDone);
    return new PipelineUnderLoad(
        stack.kinesis(),
        names.callEventsStream(),
        stack.dynamoDb(),
        names.callsTable(),
        names.analyticsTable(),
        stack::close);
  }
}
