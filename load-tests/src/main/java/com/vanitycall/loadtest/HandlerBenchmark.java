package com.vanitycall.loadtest;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbVanityCache;
import com.vanitycall.connect.ConnectConfig;
import com.vanitycall.connect.ConnectHandler;
import com.vanitycall.core.call.CachedVanities;
import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.phone.RandomNanpNumbers;
import com.vanitycall.core.vanity.Vanity;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The Connect handler's warm latency on a stack: the first call after priming, then cache hits and
 * misses, then the floor the emulators themselves set (one GetItem and one PutRecord per call, what
 * the handler cannot go below there; its own cost is the difference). Cold starts are {@link
 * ColdStarts}'.
 */
public final class HandlerBenchmark {

  /**
   * @param calls measured calls per case
   * @param warmup unmeasured calls first, per case
   * @param seed the numbers' seed
   */
  public record Options(int calls, int warmup, long seed) {
    public Options {
      if (calls < 1 || warmup < 0) {
        throw new IllegalArgumentException(
            "calls must be at least 1 and warmup at least 0: " + calls + ", " + warmup);
      }
    }
  }

  private final Options options;
  private final ConnectHandler handler;
  private final ConnectConfig config;

  /**
   * @param handler the handler under test, built from {@code config}
   * @param config the handler's configuration: the stack's table, stream and endpoints
   */
  public HandlerBenchmark(Options options, ConnectHandler handler, ConnectConfig config) {
    this.options = options;
    this.handler = handler;
    this.config = config;
  }

  public void run(String where, PrintWriter out) {
    int perCase = options.warmup() + options.calls();
    List<PhoneNumber> cached = RandomNanpNumbers.distinct(perCase, options.seed());
    List<PhoneNumber> uncached = RandomNanpNumbers.distinct(perCase, options.seed() + 1);
    try (AwsClients clients =
        new AwsClients(config.region(), config.dynamoDbEndpoint(), config.kinesisEndpoint())) {
      DynamoDbClient dynamo = clients.dynamoDb(CallBudget.inBackground());
      cache(dynamo, cached);
      long started = System.nanoTime();
      Map<String, String> first =
          handler.handleRequest(ContactEvents.from("bench-first", cached.get(0).e164()), null);
      out.printf(
          "first call after priming (what a SnapStart restore sees): %.1f ms, answered from %s%n",
          (System.nanoTime() - started) / 1e6, first.get("source"));
      out.printf(
          "Connect handler on %s: %,d warm-up + %,d measured calls per case%n",
          where, options.warmup(), options.calls());
      report(out, "cache hit ", measure(cached, "CACHE"));
      report(out, "cache miss", measure(uncached, "QUICK"));
      report(out, "the floor", floor(dynamo, clients.kinesis(CallBudget.inBackground()), cached));
      out.flush();
    }
  }

  private void cache(DynamoDbClient dynamo, List<PhoneNumber> numbers) {
    var cache =
        new DynamoDbVanityCache(
            dynamo, config.vanityCacheTable(), config.callerTtl(), Clock.systemUTC());
    Vanity deep = new Vanity("1-800-FLOWERS", List.of("FLOWERS"), 99, "FLOWERS");
    numbers.forEach(
        n -> cache.offer(n, new CachedVanities(List.of(deep, deep, deep), "bench", Instant.now())));
  }

  private Measured measure(List<PhoneNumber> numbers, String expected) {
    Histogram micros = new Histogram(3_600_000_000L, 3);
    int otherwise = 0;
    for (int i = 0; i < numbers.size(); i++) {
      var event = ContactEvents.from("bench-" + expected + "-" + i, numbers.get(i).e164());
      long started = System.nanoTime();
      Map<String, String> answer = handler.handleRequest(event, null);
      long took = (System.nanoTime() - started) / 1_000;
      if (i >= options.warmup()) {
        micros.recordValue(took);
        otherwise += expected.equals(answer.get("source")) ? 0 : 1;
      }
    }
    return new Measured(micros, otherwise + " not from " + expected);
  }

  private Measured floor(DynamoDbClient dynamo, KinesisClient kinesis, List<PhoneNumber> numbers) {
    SdkBytes record = SdkBytes.fromUtf8String("{\"bench\":\"floor\"}");
    var cache =
        new DynamoDbVanityCache(
            dynamo, config.vanityCacheTable(), config.callerTtl(), Clock.systemUTC());
    Histogram micros = new Histogram(3_600_000_000L, 3);
    for (int i = 0; i < numbers.size(); i++) {
      String key = "floor-" + i;
      long started = System.nanoTime();
      cache.find(numbers.get(i));
      kinesis.putRecord(
          b -> b.streamName(config.callEventsStream()).partitionKey(key).data(record));
      if (i >= options.warmup()) {
        micros.recordValue((System.nanoTime() - started) / 1_000);
      }
    }
    return new Measured(micros, "");
  }

  /**
   * The latencies of one case and, for the handler's cases, how many calls were answered from
   * another source than expected (a cache lookup that timed out on a loaded machine).
   */
  private record Measured(Histogram micros, String note) {}

  private static void report(PrintWriter out, String name, Measured measured) {
    Histogram micros = measured.micros();
    out.printf(
        "%s  p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%,d calls%s)%n",
        name,
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0,
        micros.getTotalCount(),
        measured.note().isEmpty() ? "" : ", " + measured.note());
  }
}
