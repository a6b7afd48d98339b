package com.vanitycall.core.phone;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random North American numbers that libphonenumber accepts as valid: the one generator of
 * the benchmarks, the load tools and the tests, so that a seed means the same numbers everywhere.
 * Not for production: it exists so that a run can be repeated.
 */
public final class RandomNanpNumbers {

  /** The benchmarks' and the quality report's default seed. */
  public static final long SEED = 20_261_122L;

  private final Random random;
  private final CallerNumberParser parser = new CallerNumberParser();

  /** Numbers drawn from {@code random}, which the caller may also use for its own choices. */
  public RandomNanpNumbers(Random random) {
    this.random = random;
  }

  public RandomNanpNumbers(long seed) {
    this(new Random(seed));
  }

  /** {@code count} numbers from {@code seed}, repeats possible (as among real callers). */
  public static List<PhoneNumber> generate(int count, long seed) {
    RandomNanpNumbers numbers = new RandomNanpNumbers(seed);
    List<PhoneNumber> generated = new ArrayList<>(count);
    while (generated.size() < count) {
      generated.add(numbers.next());
    }
    return generated;
  }

  /** {@code count} different numbers from {@code seed}. */
  public static List<PhoneNumber> distinct(int count, long seed) {
    RandomNanpNumbers numbers = new RandomNanpNumbers(seed);
    Set<PhoneNumber> generated = new LinkedHashSet<>();
    while (generated.size() < count) {
      generated.add(numbers.next());
    }
    return List.copyOf(generated);
  }

  /** A valid number anywhere in the plan: +1, an area code NXX, an exchange NXX, four digits. */
  public PhoneNumber next() {
    while (true) {
      String candidate =
          String.format(
              "+1%d%02d%d%02d%04d",
              2 + random.nextInt(8),
              random.nextInt(100),
              2 + random.nextInt(8),
              random.nextInt(100),
              random.nextInt(10_000));
      var parsed = parser.parse(candidate).number();
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
  }

  /** A valid number in one of {@code areaCodes} (three digits each), chosen at random. */
  public PhoneNumber nextIn(List<String> areaCodes) {
    while (true) {
      String candidate =
          String.format(
              "+1%s%03d%04d",
              areaCodes.get(random.nextInt(areaCodes.size())),
              200 + random.nextInt(800),
              random.nextInt(10_000));
      var parsed = parser.parse(candidate).number();
      if (parsed.isPresent()) {
        return parsed.get();
      }
    }
  }
}
