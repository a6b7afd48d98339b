package com.vanitycall.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallStatisticsTest {

  private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
  private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

  /** Counters as the pipeline would have left them; records which days' words were read. */
  private static final class CountedHistory implements CallHistory {
    final Map<LocalDate, DayCounters> days = new HashMap<>();
    final Map<LocalDate, Map<String, Long>> words = new HashMap<>();
    final List<LocalDate> wordDaysRead = new ArrayList<>();

    @Override
    public CallHistory withSynthetic() {
      return this;
    }

    @Override
    public List<StoredCall> calls(CallQuery query) {
      return List.of();
    }

    @Override
    public List<StoredCall> lastCalls(int n, LocalDate today, int days) {
      return List.of();
    }

    @Override
    public Optional<DayCounters> counters(LocalDate day) {
      return Optional.ofNullable(days.get(day));
    }

    @Override
    public Map<LocalDate, DayCounters> counters(LocalDate from, LocalDate to) {
      return days;
    }

    @Override
    public Map<String, Long> countsBy(CounterDimension dimension, List<LocalDate> days) {
      Map<String, Long> sum = new HashMap<>();
      if (dimension == CounterDimension.WORD) {
        wordDaysRead.addAll(days);
        days.forEach(
            day -> words.getOrDefault(day, Map.of()).forEach((w, n) -> sum.merge(w, n, Long::sum)));
      }
      return sum;
    }
  }

  @Test
  void aRange_addsItsDaysUp_hourByHour_andKeepsEmptyDaysInTheList() {
    CountedHistory history = new CountedHistory();
    history.days.put(MONDAY, new DayCounters(MONDAY, 4, Map.of(9, 3L, 17, 1L), 3, 1, 0, 1, 2, 1));
    history.days.put(WEDNESDAY, new DayCounters(WEDNESDAY, 6, Map.of(9, 6L), 4, 1, 1, 3, 2, 1));

    RangeStatistics stats = new CallStatistics(history, 10).over(MONDAY, WEDNESDAY);

    assertThat(stats.days()).extracting(DayCounters::calls).containsExactly(4L, 0L, 6L);
    assertThat(stats.callsByHour().get(9)).isEqualTo(9);
    assertThat(stats.callsByHour().get(17)).isEqualTo(1);
    assertThat(stats.callsByHour().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    assertThat(stats.total().calls()).isEqualTo(10);
    assertThat(stats.share(stats.total().withheld())).isEqualTo(0.2);
    assertThat(stats.share(stats.total().answeredFromCache())).isEqualTo(0.4);
    assertThat(history.wordDaysRead).containsExactly(MONDAY, WEDNESDAY);
  }

  @Test
  void topWords_areSummedOverTheDays_mostFirst_withoutNone_andCut() {
    CountedHistory history = new CountedHistory();
    history.days.put(MONDAY, new DayCounters(MONDAY, 9, Map.of(), 9, 0, 0, 0, 9, 0));
    history.days.put(WEDNESDAY, new DayCounters(WEDNESDAY, 9, Map.of(), 9, 0, 0, 0, 9, 0));
    history.words.put(MONDAY, Map.of("FLOWERS", 3L, "PIZZA", 2L, "none", 9L));
    history.words.put(WEDNESDAY, Map.of("PIZZA", 2L, "TAXI", 1L, "CAB", 1L));

    RangeStatistics stats = new CallStatistics(history, 3).over(MONDAY, WEDNESDAY);

    assertThat(stats.topWords())
        .containsExactly(new Tally("PIZZA", 4), new Tally("FLOWERS", 3), new Tally("CAB", 1));
  }

  @Test
  void aRangeNobodyCalled_isAllZeros() {
    RangeStatistics stats = new CallStatistics(new CountedHistory(), 10).over(MONDAY, MONDAY);

    assertThat(stats.total().calls()).isZero();
    assertThat(stats.share(0)).isZero();
    assertThat(stats.topWords()).isEmpty();
  }

  @Test
  void inATimeZone_eachUtcHourCountsInTheLocalDayAndHourItIs() {
    CountedHistory history = new CountedHistory();
    LocalDate tuesday = MONDAY.plusDays(1);
    // New York is 5 hours behind UTC in November: 03 UTC is 22:00 the day before, 05 UTC midnight
    history.days.put(
        MONDAY, new DayCounters(MONDAY, 7, Map.of(3, 2L, 5, 4L, 23, 1L), 7, 0, 0, 0, 7, 0));
    history.days.put(tuesday, new DayCounters(tuesday, 8, Map.of(4, 8L), 8, 0, 0, 0, 8, 0));

    ZonedStatistics stats =
        new CallStatistics(history, 10).over(MONDAY, MONDAY, ZoneId.of("America/New_York"));

    assertThat(stats.days()).containsExactly(new Tally("2026-11-23", 13));
    assertThat(stats.callsByHour().get(0)).isEqualTo(4);
    assertThat(stats.callsByHour().get(18)).isEqualTo(1);
    assertThat(stats.callsByHour().get(23)).isEqualTo(8);
    assertThat(stats.calls()).isEqualTo(13);
    assertThat(stats.utcDays().from()).isEqualTo(MONDAY);
    assertThat(stats.utcDays().to()).isEqualTo(tuesday);
  }

  @Test
  void inATimeZone_theHourTheClocksGoBack_holdsBothOfItsHours() {
    LocalDate sunday = LocalDate.parse("2026-11-01");
    CountedHistory history = new CountedHistory();
    // 05 UTC is 01:00 EDT, 06 UTC is 01:00 EST: New York lives 01:00 twice that night
    history.days.put(sunday, new DayCounters(sunday, 3, Map.of(5, 1L, 6, 2L), 3, 0, 0, 0, 3, 0));

    ZonedStatistics stats =
        new CallStatistics(history, 10).over(sunday, sunday, ZoneId.of("America/New_York"));

    assertThat(stats.callsByHour().get(1)).isEqualTo(3);
    assertThat(stats.calls()).isEqualTo(3);
  }

  @Test
  void aZoneNotAWholeNumberOfHoursFromUtc_isRefused() {
    CallStatistics statistics = new CallStatistics(new CountedHistory(), 10);

    assertThatThrownBy(() -> statistics.over(MONDAY, MONDAY, ZoneId.of("Asia/Kolkata")))
        .isInstanceOf(ZoneNotInWholeHoursException.class)
        .hasMessage("Asia/Kolkata is +05:30 from UTC, not a whole number of hours");
  }
}
