package com.vanitycall.core.bench;

import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random 10-digit North American numbers that libphonenumber accepts as valid. As a program
 * it prints {@code COUNT} of them in E.164, one per line: the input of the batch CLI benchmark.
 */
public final class RandomNanpNumbers {

  public static final long SEED = 20_261_122L;

  private RandomNanpNumbers() {}

  public static List<PhoneNumber> generate(int count, long seed) {
    var parser = new CallerNumberParser();
    var random = new Random(seed);
    List<PhoneNumber> numbers = new ArrayList<>(count);
    while (numbers.size() < count) {
      parser.parse(e164(random)).number().ifPresent(numbers::add);
    }
    return numbers;
  }

  /** +1, an area code NXX, an exchange NXX and four line digits (N is 2 to 9). */
  private static String e164(Random random) {
    return String.format(
        "+1%d%02d%d%02d%04d",
        2 + random.nextInt(8),
        random.nextInt(100),
        2 + random.nextInt(8),
        random.nextInt(100),
        random.nextInt(10_000));
  }

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII));
    for (PhoneNumber number : generate(count, SEED)) {
      out.write(number.e164());
      out.write('\n');
    }
    out.flush();
  }
}
