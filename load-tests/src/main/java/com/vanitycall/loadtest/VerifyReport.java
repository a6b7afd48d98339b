package com.vanitycall.loadtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code load verify} found.
 *
 * @param records records sent (lines of the file)
 * @param distinctEvents distinct call events among them
 * @param sentMoreThanOnce event ids sent more than once, and how often (the pipeline keeps one)
 * @param notCallEvents records that are not call events (the pipeline dead-letters those)
 * @param stored distinct events sent that have their call record
 * @param missing event ids sent with no call record
 * @param storedMoreThanOnce event ids with more than one call record
 * @param days per day of the events sent: the counters against the calls stored
 * @param thresholds the thresholds given ({@code lost==0}), judged
 */
public record VerifyReport(
    long records,
    long distinctEvents,
    Map<String, Integer> sentMoreThanOnce,
    long notCallEvents,
    long stored,
    List<String> missing,
    List<String> storedMoreThanOnce,
    List<DayCheck> days,
    List<Judgement> thresholds) {

  /** What verify measures, for its thresholds. */
  public static final Set<Metric> MEASURED = EnumSet.of(Metric.LOST, Metric.DOUBLED, Metric.COUNT);

  private static final int LISTED = 20;

  public VerifyReport {
    sentMoreThanOnce = Map.copyOf(sentMoreThanOnce);
    missing = List.copyOf(missing);
    storedMoreThanOnce = List.copyOf(storedMoreThanOnce);
    days = List.copyOf(days);
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
  }

  /**
   * One day's counters against its stored calls.
   *
   * @param sent distinct events sent with that day's time
   * @param stored calls stored that day (other traffic included)
   * @param counted the day's {@code calls} counter
   * @param doubledSuspects when more were counted than stored, and the day's missing calls do not
   *     explain it: the stored calls in the surplus of every counter (hour, status, source, area
   *     code)
   * @param countedButMissing the day's missing calls that lie in the surplus of every counter:
   *     counted, then their record lost
   */
  public record DayCheck(
      LocalDate day,
      long sent,
      long stored,
      long counted,
      List<String> doubledSuspects,
      List<String> countedButMissing) {

    public DayCheck {
      doubledSuspects = List.copyOf(doubledSuspects);
      countedButMissing = List.copyOf(countedButMissing);
    }

    public boolean countedExactly() {
      return counted == stored;
    }

    /** The surplus the missing calls do not explain: calls counted twice. */
    public long countedTwice() {
      return Math.max(0, counted - stored - countedButMissing.size());
    }

    /** The suspects are the doubled calls themselves: as many as the surplus left to explain. */
    public boolean doubledNamed() {
      return !doubledSuspects.isEmpty() && doubledSuspects.size() == countedTwice();
    }
  }

  /** Anything missing, stored twice or counted other than once. */
  public boolean hasGaps() {
    return !missing.isEmpty()
        || !storedMoreThanOnce.isEmpty()
        || days.stream().anyMatch(d -> !d.countedExactly());
  }

  /** Events sent that have no call record. */
  @JsonProperty("lost")
  public long lost() {
    return missing.size();
  }

  /** Events stored more than once, and calls counted twice. */
  @JsonProperty("doubled")
  public long doubled() {
    return storedMoreThanOnce.size() + days.stream().mapToLong(DayCheck::countedTwice).sum();
  }

  /** What a threshold reads: lost, doubled, and the distinct events sent as the count. */
  public Measurements measurements() {
    Map<Metric, Double> values = new EnumMap<>(Metric.class);
    values.put(Metric.LOST, (double) lost());
    values.put(Metric.DOUBLED, (double) doubled());
    values.put(Metric.COUNT, (double) distinctEvents);
    return new Measurements(values, distinctEvents);
  }

  public VerifyReport withThresholds(List<Judgement> judged) {
    return new VerifyReport(
        records,
        distinctEvents,
        sentMoreThanOnce,
        notCallEvents,
        stored,
        missing,
        storedMoreThanOnce,
        days,
        judged);
  }

  public void print(PrintWriter out) {
    out.printf(
        "sent: %,d records, %,d distinct call events%s%s%n",
        records,
        distinctEvents,
        sentMoreThanOnce.isEmpty()
            ? ""
            : String.format(", %,d sent more than once", sentMoreThanOnce.size()),
        notCallEvents == 0 ? "" : String.format(", %,d not call events", notCallEvents));
    out.printf("stored: %,d of the %,d events have their call record%n", stored, distinctEvents);
    list(out, "MISSING (no call record)", missing);
    list(out, "STORED MORE THAN ONCE", storedMoreThanOnce);
    for (DayCheck day : days) {
      out.printf(
          "%s: sent %,d, stored %,d, counted %,d%s%n",
          day.day(),
          day.sent(),
          day.stored(),
          day.counted(),
          day.countedExactly()
              ? ", each exactly once"
              : day.counted() > day.stored()
                  ? String.format(" -- COUNTED %,d MORE THAN STORED", day.counted() - day.stored())
                  : String.format(" -- %,d STORED BUT NOT COUNTED", day.stored() - day.counted()));
      list(out, "  counted, then their record lost (missing above)", day.countedButMissing());
      if (day.doubledNamed()) {
        list(out, "  DOUBLED (counted twice)", day.doubledSuspects());
      } else {
        list(out, "  doubled count among these calls", day.doubledSuspects());
      }
    }
    out.println(hasGaps() ? "GAPS FOUND" : "nothing lost, nothing doubled");
    out.flush();
  }

  private static void list(PrintWriter out, String what, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    out.printf("%s: %,d%n", what, ids.size());
    ids.stream().limit(LISTED).forEach(id -> out.printf("    %s%n", id));
    if (ids.size() > LISTED) {
      out.printf("    ... and %,d more (all of them in --report)%n", ids.size() - LISTED);
    }
  }

  public void writeJson(Path file) {
    ReportFiles.writeJson(this, file);
  }
}
