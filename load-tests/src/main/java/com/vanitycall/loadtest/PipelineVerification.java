package com.vanitycall.loadtest;

import com.vanitycall.aws.DynamoDbCallHistory;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.call.VanitySource;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.CallerStatus;
import com.vanitycall.core.phone.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code load verify}: reconciles the call events that were sent (a capture or a generated file)
 * with what the pipeline persisted, read only through {@link DynamoDbCallHistory} (so a change of
 * the tables' keys stays behind that adapter): every event id has exactly one call record, and each
 * day's counters add up to the calls stored that day.
 *
 * <p>A call counted twice cannot be named from the counters alone (they are sums): the surplus is
 * traced to the hour, caller status, answer source and area code it lies in, and the calls in all
 * of them are the suspects; when there are as many suspects as surplus, they are named doubled.
 */
public final class PipelineVerification {

  private final DynamoDbCallHistory history;
  private final CallEventCodec codec = new CallEventCodec();
  private final CallerNumberParser parser = new CallerNumberParser();

  /**
   * @param history the stack's history; the verification reads the calls load tools made as well,
   *     since what it was sent is mostly theirs
   */
  public PipelineVerification(DynamoDbCallHistory history) {
    this.history = history.withSynthetic();
  }

  /**
   * @param sent the records sent, in any order, duplicates included
   * @param since the start of the window to read stored calls from; empty for the earliest event
   *     sent
   */
  public VerifyReport verify(Collection<CapturedRecord> sent, Optional<Instant> since) {
    Map<String, CallEvent> events = new LinkedHashMap<>();
    Map<String, Integer> timesSent = new HashMap<>();
    int notCallEvents = 0;
    for (CapturedRecord record : sent) {
      try {
        CallEvent event = codec.fromJson(record.text());
        events.putIfAbsent(event.eventId(), event);
        timesSent.merge(event.eventId(), 1, Integer::sum);
      } catch (MalformedCallEventException notAnEvent) {
        notCallEvents++;
      }
    }
    Map<String, Integer> sentMoreThanOnce = new TreeMap<>();
    timesSent.forEach(
        (id, n) -> {
          if (n > 1) {
            sentMoreThanOnce.put(id, n);
          }
        });
    if (events.isEmpty()) {
      return new VerifyReport(
          sent.size(),
          0,
          sentMoreThanOnce,
          notCallEvents,
          0,
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
    // the calls table keeps times to the millisecond
    Instant first =
        since
            .orElse(
                events.values().stream()
                    .map(CallEvent::receivedAt)
                    .min(Instant::compareTo)
                    .orElseThrow())
            .truncatedTo(ChronoUnit.MILLIS);
    Instant last =
        events.values().stream()
            .map(CallEvent::receivedAt)
            .max(Instant::compareTo)
            .orElseThrow()
            .truncatedTo(ChronoUnit.MILLIS)
            .plusMillis(1);
    Map<String, Long> storedTimes =
        history.callsBetween(first, last).stream()
            .collect(Collectors.groupingBy(StoredCall::eventId, Collectors.counting()));
    List<String> missing =
        events.keySet().stream().filter(id -> !storedTimes.containsKey(id)).sorted().toList();
    List<String> storedMoreThanOnce =
        storedTimes.entrySet().stream()
            .filter(e -> e.getValue() > 1 && events.containsKey(e.getKey()))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    long storedOfSent = events.keySet().stream().filter(storedTimes::containsKey).count();
    List<VerifyReport.DayCheck> days = new ArrayList<>();
    Map<LocalDate, List<CallEvent>> sentPerDay =
        events.values().stream()
            .collect(
                Collectors.groupingBy(
                    e -> dayOf(e.receivedAt()), TreeMap::new, Collectors.toList()));
    Set<String> missingIds = Set.copyOf(missing);
    sentPerDay.forEach(
        (day, sentThatDay) ->
            days.add(
                checkDay(
                    day,
                    sentThatDay.size(),
                    sentThatDay.stream().filter(e -> missingIds.contains(e.eventId())).toList())));
    return new VerifyReport(
        sent.size(),
        events.size(),
        sentMoreThanOnce,
        notCallEvents,
        storedOfSent,
        missing,
        storedMoreThanOnce,
        days,
        List.of());
  }

  /**
   * One day's counters against its stored calls. A surplus (counted more than stored) is first laid
   * at the door of the day's missing calls that lie in it (counted, then their record lost): only
   * what they do not explain is looked for among the stored calls, as calls counted twice.
   */
  private VerifyReport.DayCheck checkDay(
      LocalDate day, long sentThatDay, List<CallEvent> missingThatDay) {
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    List<StoredCall> stored = history.callsBetween(start, start.plusSeconds(86_400).minusMillis(1));
    Optional<DayCounters> counters = history.counters(day);
    long counted = counters.map(DayCounters::calls).orElse(0L);
    if (counted <= stored.size()) {
      return new VerifyReport.DayCheck(
          day, sentThatDay, stored.size(), counted, List.of(), List.of());
    }
    Surplus surplus = surplus(day, stored, counters.orElseThrow());
    List<String> countedButMissing =
        missingThatDay.stream()
            .filter(
                e ->
                    surplus.holds(
                        e.receivedAt().atOffset(ZoneOffset.UTC).getHour(),
                        e.callerStatus(),
                        e.source(),
                        area(Optional.ofNullable(e.callerNumber()))))
            .map(CallEvent::eventId)
            .sorted()
            .toList();
    List<String> suspects =
        countedButMissing.size() >= counted - stored.size()
            ? List.of()
            : stored.stream()
                .filter(
                    call ->
                        surplus.holds(
                            call.receivedAt().atOffset(ZoneOffset.UTC).getHour(),
                            call.callerStatus(),
                            call.source(),
                            area(call.callerNumber())))
                .map(StoredCall::eventId)
                .sorted()
                .toList();
    return new VerifyReport.DayCheck(
        day, sentThatDay, stored.size(), counted, suspects, countedButMissing);
  }

  /** The keys of every counter that counts more calls than are stored with that key. */
  private record Surplus(
      Set<Integer> hours,
      Set<CallerStatus> statuses,
      Set<VanitySource> sources,
      Set<String> areas) {

    boolean holds(int hour, CallerStatus status, VanitySource source, String area) {
      return hours.contains(hour)
          && statuses.contains(status)
          && sources.contains(source)
          && areas.contains(area);
    }
  }

  private Surplus surplus(LocalDate day, List<StoredCall> stored, DayCounters counters) {
    Set<Integer> hours =
        surplus(
            counters.callsByHour(),
            stored,
            call -> call.receivedAt().atOffset(ZoneOffset.UTC).getHour());
    Set<CallerStatus> statuses =
        surplus(
            Map.of(
                CallerStatus.VALID, counters.valid(),
                CallerStatus.WITHHELD, counters.withheld(),
                CallerStatus.INVALID, counters.invalid()),
            stored,
            StoredCall::callerStatus);
    Set<VanitySource> sources =
        surplus(
            Map.of(
                VanitySource.CACHE, counters.answeredFromCache(),
                VanitySource.QUICK, counters.answeredQuick(),
                VanitySource.FALLBACK, counters.answeredFallback()),
            stored,
            StoredCall::source);
    Set<String> areas =
        surplus(
            history.countsBy(CounterDimension.AREA, List.of(day)),
            stored,
            call -> area(call.callerNumber()));
    return new Surplus(hours, statuses, sources, areas);
  }

  /** The keys whose counter is above the number of stored calls that have that key. */
  private static <K> Set<K> surplus(
      Map<K, Long> counted, List<StoredCall> stored, Function<StoredCall, K> key) {
    Map<K, Long> expected =
        stored.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    return counted.entrySet().stream()
        .filter(e -> e.getValue() > expected.getOrDefault(e.getKey(), 0L))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /**
   * The area counter's key of a caller number, as the pipeline counts it: country and area code, or
   * none.
   */
  private String area(Optional<String> callerNumber) {
    return callerNumber
        .flatMap(e164 -> parser.parse(e164).number())
        .map(PhoneNumber::fixedDigits)
        .orElse("none");
  }

  private static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
