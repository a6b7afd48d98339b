package com.vanitycall.loadtest;

/**
 * One line of a run's verdict: a threshold ({@code p99<20ms}) or a check the tool always makes
 * ("every call answered"), what was measured, and whether it held.
 *
 * @param what the threshold as given, or the check's name
 * @param measured what the run measured, as shown ({@code p99 = 12.40 ms})
 * @param passed whether it held
 */
public record Judgement(String what, String measured, boolean passed) {

  public Judgement {
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("a judgement says what it judged");
    }
    measured = measured == null ? "" : measured;
  }
}
