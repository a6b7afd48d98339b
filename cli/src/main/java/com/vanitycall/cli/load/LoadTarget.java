package com.vanitycall.cli.load;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.local.stack.LocalStack;
import com.vanitycall.local.stack.StackEnvironment;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Where a load command works (a picocli mixin): by default the stack {@code ./vanitycall up} is
 * running, found through its state file; with {@code --region} (and {@code --profile}) a stream and
 * tables on AWS, with {@code --endpoint} an emulator elsewhere. Clients come from the project's one
 * factory, {@link AwsClients}.
 */
final class LoadTarget {

  @Mixin private AwsAccess aws;

  @Option(
      names = "--stream",
      description = "the stream (default on the local stack: its call-events stream)")
  private String stream;

  @Option(
      names = "--calls-table",
      description = "the calls table (default on the local stack: its own)")
  private String callsTable;

  @Option(
      names = "--analytics-table",
      description = "the analytics table (default on the local stack: its own)")
  private String analyticsTable;

  /** A resolved target: its clients (close them) and names. */
  record Resolved(
      AwsClients clients,
      String stream,
      Optional<String> callsTable,
      Optional<String> analyticsTable,
      String description,
      Optional<Map<String, String>> localStack)
      implements AutoCloseable {

    KinesisClient kinesis() {
      return clients.kinesis(CallBudget.inBackground());
    }

    DynamoDbCallHistory history(CommandSpec spec) {
      return new DynamoDbCallHistory(
          clients.dynamoDb(CallBudget.inBackground()),
          callsTable.orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(), "--calls-table is needed off the local stack")),
          analyticsTable.orElseThrow(
              () ->
                  new ParameterException(
                      spec.commandLine(), "--analytics-table is needed off the local stack")));
    }

    /**
     * On the local stack, a stream that does not exist yet is created (2 shards), so that a replay
     * can go to a stream nobody consumes; off it, the stream must exist.
     */
    boolean createLocalStreamIfMissing(String name) {
      if (localStack.isEmpty()) {
        return false;
      }
      KinesisClient kinesis = kinesis();
      if (kinesis.listStreams().streamNames().contains(name)) {
        return false;
      }
      new LocalResources(clients.dynamoDb(CallBudget.inBackground()), kinesis)
          .createStream(name, 2);
      return true;
    }

    @Override
    public void close() {
      clients.close();
    }
  }

  Resolved resolve(CommandSpec spec) {
    if (aws.local()) {
      Map<String, String> running =
          LocalStack.discoverRunning()
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "no local stack is running: start one with ./vanitycall up, or name a"
                              + " stream on AWS with --region and --stream"));
      StackEnvironment environment = new StackEnvironment(running);
      ResourceNames names = environment.names();
      return new Resolved(
          environment.clients(),
          stream == null ? names.callEventsStream() : stream,
          Optional.of(callsTable == null ? names.callsTable() : callsTable),
          Optional.of(analyticsTable == null ? names.analyticsTable() : analyticsTable),
          "the running local stack",
          Optional.of(running));
    }
    if (stream == null) {
      throw new ParameterException(
          spec.commandLine(), "--stream is needed with --region or --endpoint");
    }
    return new Resolved(
        aws.clients(),
        stream,
        Optional.ofNullable(callsTable),
        Optional.ofNullable(analyticsTable),
        aws.description(),
        Optional.empty());
  }
}
