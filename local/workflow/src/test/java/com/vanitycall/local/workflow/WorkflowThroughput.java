package com.vanitycall.local.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.aws.schema.LocalResources;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.aws.schema.SharedVariables;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.phone.RandomNanpNumbers;
import com.vanitycall.local.emulators.DynamoDbLocal;
import com.vanitycall.local.emulators.KinesisEmulator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * How many events per second the local workflow processes on its own (no stream, no pipe): batches
 * of 100 distinct calls, a few executions at once as the pipe runs one per shard, on DynamoDB Local
 * in memory. Not a test; run it by hand:
 *
 * <pre>{@code
 * java -cp local/workflow/target/test-classes:local/workflow/target/classes:$(cat cp.txt) \
 *   com.vanitycall.local.workflow.WorkflowThroughput [batches] [concurrent] [http|in-process]
 * }</pre>
 */
public final class WorkflowThroughput {

  private static final List<String> AREA_CODES =
      List.of("212", "415", "303", "617", "312", "206", "512");

  public static void main(String[] args) throws Exception {
    int batches = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int concurrent = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    try (DynamoDbLocal dynamoDbLocal = DynamoDbLocal.inMemory();
        KinesisEmulator kinesisEmulator = KinesisEmulator.inMemory()) {
      var credentials =
          StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
      try (DynamoDbClient dynamo =
              DynamoDbClient.builder()
                  .endpointOverride(dynamoDbLocal.endpoint())
                  .region(Region.US_EAST_1)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build();
          KinesisClient kinesis =
              KinesisClient.builder()
                  .endpointOverride(kinesisEmulator.endpoint())
                  .region(Region.US_EAST_1)
                  .credentialsProvider(credentials)
                  .httpClient(UrlConnectionHttpClient.create())
                  .build()) {
        ResourceNames names = ResourceNames.DEFAULT;
        new LocalResources(dynamo, kinesis).createAll(names, 1);
        Map<String, String> environment = new HashMap<>(names.asEnvironment());
        environment.put(
            SharedVariables.AWS_ENDPOINT_URL_DYNAMODB, dynamoDbLocal.endpoint().toString());
        environment.put(SharedVariables.AWS_REGION, "us-east-1");
        LocalWorkflowConfig config = LocalWorkflowConfig.fromEnvironment(environment);
        Map<String, LongAdder[]> byState = new ConcurrentHashMap<>();
        boolean http = args.length > 2 && args[2].equals("http");
        TaskRunner tasks =
            LocalWorkflow.tasksFor(
                config,
                http ? LocalWorkflow.http(config) : LocalWorkflow.inProcess(config, dynamoDbLocal));
        System.out.println(http ? "DynamoDB over HTTP" : "DynamoDB in process");
        TaskRunner timed =
            request -> {
              long began = System.nanoTime();
              try {
                return tasks.run(request);
              } finally {
                LongAdder[] sums =
                    byState.computeIfAbsent(
                        request.state(),
                        state -> new LongAdder[] {new LongAdder(), new LongAdder()});
                sums[0].increment();
                sums[1].add(System.nanoTime() - began);
              }
            };
        try (LocalWorkflow workflow = LocalWorkflow.start(config, timed)) {
          run(workflow, 4, concurrent, "warm");
          byState.clear();
          run(workflow, batches, concurrent, "run");
        }
        byState.forEach(
            (state, sums) ->
                System.out.printf(
                    "  %-28s %6d calls, %6.2f ms each%n",
                    state, sums[0].sum(), sums[1].sum() / 1e6 / sums[0].sum()));
      }
    }
  }

  private static void run(LocalWorkflow workflow, int batches, int concurrent, String label)
      throws Exception {
    PipeRecords records = new PipeRecords();
    RandomNanpNumbers numbers = new RandomNanpNumbers(42);
    Instant start = Instant.parse("2026-11-22T12:00:00Z");
    List<String> bodies = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      List<ObjectNode> batch = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        String number = numbers.nextIn(AREA_CODES).e164();
        batch.add(
            records.record(
                PipeRecords.valid(
                    label + "-" + b + "-" + i,
                    number,
                    start.plusMillis(b * 100L + i),
                    VanitySource.QUICK)));
      }
      bodies.add(PipeRecords.batch(batch));
    }
    ExecutorService pool = Executors.newFixedThreadPool(concurrent);
    long began = System.nanoTime();
    List<Future<BatchResult>> results = new ArrayList<>();
    List<Long> millis = Collections.synchronizedList(new ArrayList<>());
    for (String body : bodies) {
      results.add(
          pool.submit(
              () -> {
                long invoked = System.nanoTime();
                BatchResult result = workflow.invoke(body);
                millis.add((System.nanoTime() - invoked) / 1_000_000);
                return result;
              }));
    }
    int failed = 0;
    for (Future<BatchResult> result : results) {
      failed += result.get().failedItemIdentifiers().size();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();
    List<Long> sorted = millis.stream().sorted().toList();
    System.out.printf(
        "%s: %d events in %.1f s = %.0f events/s, %d executions at once, %d reported failed;"
            + " batch of 100: p50 %d ms, p99 %d ms%n",
        label,
        batches * 100,
        seconds,
        batches * 100 / seconds,
        concurrent,
        failed,
        sorted.get(sorted.size() / 2),
        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1));
  }
}
