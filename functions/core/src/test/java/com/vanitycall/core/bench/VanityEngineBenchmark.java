package com.vanitycall.core.bench;

import com.vanitycall.core.phone.PhoneNumber;
import com.vanitycall.core.phone.RandomNanpNumbers;
import com.vanitycall.core.vanity.Profile;
import com.vanitycall.core.vanity.Vanity;
import com.vanitycall.core.vanity.VanityEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Latency of one {@code best(number)} on random valid 10-digit NANP numbers; read the p0.50. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VanityEngineBenchmark {

  private static final int NUMBERS = 1 << 14;

  @Param({"QUICK", "DEEP"})
  private Profile profile;

  private VanityEngine engine;
  private PhoneNumber[] numbers;
  private int next;

  @Setup
  public void load() {
    engine = VanityEngine.load(profile);
    numbers =
        RandomNanpNumbers.generate(NUMBERS, RandomNanpNumbers.SEED).toArray(PhoneNumber[]::new);
  }

  @Benchmark
  public List<Vanity> best() {
    next = (next + 1) & (NUMBERS - 1);
    return engine.best(numbers[next]);
  }
}
