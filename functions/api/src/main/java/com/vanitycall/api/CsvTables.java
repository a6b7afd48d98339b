package com.vanitycall.api;

import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.StoredCall;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV exports: a header row, then one row per call or per day, quoted per RFC 4180. A text cell
 * that a spreadsheet would take for a formula (one that starts with {@code = + - @}, a tab or a
 * carriage return: OWASP's CSV-injection rule) is written with a leading {@code '}, which shows it
 * as text; quoting alone does not.
 */
final class CsvTables {

  /** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP, CSV injection). */
  private static final String FORMULA_LEADS = "=+-@\t\r";

  private static final List<String> HOURS =
      IntStream.range(0, 24).mapToObj(hour -> String.format("hour%02d", hour)).toList();

  private CsvTables() {}

  /**
   * @param withSynthetic whether the calls load tools made are among them: then a last column says
   *     which
   */
  static String calls(List<StoredCall> calls, boolean withSynthetic) {
    List<String> header =
        new ArrayList<>(
            List.of("id", "receivedAt", "caller", "callerStatus", "source", "heard", "best"));
    if (withSynthetic) {
      header.add("synthetic");
    }
    return table(
        header,
        calls.stream()
            .map(
                call -> {
                  List<Object> row =
                      new ArrayList<>(
                          List.of(
                              call.eventId(),
                              call.receivedAt().toString(),
                              call.maskedCaller(),
                              call.callerStatus().name(),
                              call.source().name(),
                              String.join(" ", CallJson.displays(call.heard())),
                              String.join(" ", CallJson.displays(call.vanities()))));
                  if (withSynthetic) {
                    row.add(call.synthetic());
                  }
                  return row;
                })
            .toList());
  }

  static String days(List<DayCounters> days) {
    List<String> header = new ArrayList<>(List.of("day", "calls", "valid", "withheld", "invalid"));
    header.addAll(List.of("answeredFromCache", "answeredQuick", "answeredFallback"));
    header.addAll(HOURS);
    return table(
        header,
        days.stream()
            .map(
                day -> {
                  List<Object> row =
                      new ArrayList<>(
                          List.of(
                              day.day().toString(),
                              day.calls(),
                              day.valid(),
                              day.withheld(),
                              day.invalid(),
                              day.answeredFromCache(),
                              day.answeredQuick(),
                              day.answeredFallback()));
                  IntStream.range(0, 24).forEach(hour -> row.add(day.callsIn(hour)));
                  return row;
                })
            .toList());
  }

  /** A text cell as text: one a spreadsheet would evaluate gets a leading {@code '}. */
  static Object neutralised(Object cell) {
    return cell instanceof String text
            && !text.isEmpty()
            && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0
        ? "'" + text
        : cell;
  }

  private static String table(List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(CsvTables::neutralised).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a CSV table could not be written", e);
    }
    return out.toString();
  }
}
