package com.vanitycall.loadtest;

import com.vanitycall.core.call.CallEvent;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Writes a large generated history (see {@link SyntheticCallEvents#spread}) through the pipeline's
 * own writer, in chunks written in parallel as several pipe batches would be, with a progress line
 * every {@value #PROGRESS_EVERY} calls.
 */
public final class SyntheticHistory {

  private static final int CHUNK = 2_000;
  private static final int PROGRESS_EVERY = 20_000;

  private SyntheticHistory() {}

  /**
   * @param writer writes a chunk of calls and returns how many of them it could not write
   * @return how many calls could not be written
   */
  public static int write(
      List<CallEvent> events, ToIntFunction<List<CallEvent>> writer, PrintWriter progress) {
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger written = new AtomicInteger();
    IntStream.range(0, (events.size() + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(
            c -> {
              List<CallEvent> chunk =
                  events.subList(c * CHUNK, Math.min(events.size(), (c + 1) * CHUNK));
              failed.addAndGet(writer.applyAsInt(chunk));
              int done = written.addAndGet(chunk.size());
              if (done / PROGRESS_EVERY != (done - chunk.size()) / PROGRESS_EVERY) {
                progress.printf("  %,d calls written%n", done);
                progress.flush();
              }
            });
    return failed.get();
  }
}
