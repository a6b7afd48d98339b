package com.vanitycall.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vanitycall.api.QueryParameters.Format;
import com.vanitycall.core.history.CallHistory;
import com.vanitycall.core.history.CallPosition;
import com.vanitycall.core.history.CallQuery;
import com.vanitycall.core.history.CallStatistics;
import com.vanitycall.core.history.CounterDimension;
import com.vanitycall.core.history.DayCounters;
import com.vanitycall.core.history.RangeStatistics;
import com.vanitycall.core.history.StoredCall;
import com.vanitycall.core.history.Tally;
import com.vanitycall.core.history.ZoneNotInWholeHoursException;
import com.vanitycall.core.history.ZonedStatistics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The API's routes: what each answers, and how bad requests are answered (400 with what to fix,
 * 404, 405). Nothing internal, and no stack trace, ever reaches a response.
 */
final class ApiRoutes {

  private static final Logger LOG = LogManager.getLogger(ApiRoutes.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** How many words and area codes the figures' top lists hold. */
  private static final int TOP = 10;

  /** The parameter that asks for the calls load tools made as well. */
  static final String SYNTHETIC = "synthetic";

  /** What answers a question in any time zone, which the counters cannot. */
  static final String SQL_FOR_ANY_ZONE =
      "./vanitycall sql --query calls-by-day-and-hour --param tz=ZONE answers in any time zone";

  /** The longest range a request may ask for, in days. */
  static final int MAX_DAYS = 92;

  static final int MAX_RECENT = 20;

  /** The routes, all GET: the page's two public ones, then the analysts' two. */
  static final List<String> ROUTES =
      List.of("/api/recent", "/api/today", "/api/calls", "/api/stats");

  static final int MAX_PAGE = 100;

  private final CallHistory history;
  private final CallStatistics statistics;
  private final PageCursors cursors;
  private final Clock clock;

  ApiRoutes(CallHistory history, PageCursors cursors, Clock clock) {
    this.history = history;
    this.statistics = new CallStatistics(history, TOP);
    this.cursors = cursors;
    this.clock = clock;
  }

  /**
   * The answer to a request; to {@code HEAD} the answer {@code GET} would have, without its body
   * (CloudFront forwards both, and caches what either brings back).
   */
  APIGatewayV2HTTPResponse answer(APIGatewayV2HTTPEvent event) {
    String method = event.getRequestContext().getHttp().getMethod();
    APIGatewayV2HTTPResponse response = answer(method, event);
    if (method.equals("HEAD")) {
      response.setBody("");
    }
    return response;
  }

  private APIGatewayV2HTTPResponse answer(String method, APIGatewayV2HTTPEvent event) {
    String path = pathWithoutStage(event);
    Map<String, String> query = event.getQueryStringParameters();
    try {
      if (!ROUTES.contains(path)) {
        return error(404, "no such route: the API has GET " + String.join(", ", ROUTES));
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        APIGatewayV2HTTPResponse response = error(405, "only GET (or HEAD) is allowed on " + path);
        response.getHeaders().put("Allow", "GET, HEAD");
        return response;
      }
      return switch (path) {
        case "/api/recent" -> conditional(recent(query), event.getHeaders());
        case "/api/today" -> conditional(today(query), event.getHeaders());
        case "/api/calls" -> calls(query);
        default -> stats(query);
      };
    } catch (BadRequestException e) {
      return error(400, e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, path, e);
      return error(500, "the call history could not be read just now; try again");
    }
  }

  /** The route's path: a named stage's prefix ({@code /prod/api/recent}) taken off. */
  private static String pathWithoutStage(APIGatewayV2HTTPEvent event) {
    String path = event.getRawPath() == null ? "/" : event.getRawPath();
    String stage = event.getRequestContext().getStage();
    if (stage != null && !stage.equals("$default") && path.startsWith("/" + stage + "/")) {
      return path.substring(stage.length() + 1);
    }
    return path;
  }

  private APIGatewayV2HTTPResponse recent(Map<String, String> query) {
    var parameters = new QueryParameters(query, Set.of("limit"));
    int limit = parameters.number("limit", 1, MAX_RECENT, 5);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return json(200, CallJson.list(history.lastCalls(limit, today, 2)), "public, max-age=1");
  }

  /**
   * Today's calls per hour and top words, for the page's analyst view: counts only, nothing of a
   * caller, so public like the page. The day's counters and, when it had calls, its words: no more.
   */
  private APIGatewayV2HTTPResponse today(Map<String, String> query) {
    new QueryParameters(query, Set.of());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    DayCounters counters = history.counters(today).orElse(DayCounters.none(today));
    ObjectNode body = JSON.createObjectNode();
    body.put("day", today.toString());
    body.put("calls", counters.calls());
    ArrayNode perHour = body.putArray("callsPerHour");
    IntStream.range(0, 24).forEach(hour -> perHour.add(counters.callsIn(hour)));
    List<Tally> words =
        counters.calls() > 0 ? statistics.top(CounterDimension.WORD, List.of(today)) : List.of();
    tallies(body.putArray("topWords"), "word", words);
    return json(200, body, "public, max-age=5");
  }

  private APIGatewayV2HTTPResponse calls(Map<String, String> query) {
    var parameters =
        new QueryParameters(
            query, Set.of("caller", "from", "to", "limit", "cursor", "format", SYNTHETIC));
    Optional<String> caller = parameters.e164("caller");
    Instant to = parameters.time("to", true).orElse(clock.instant());
    Instant from =
        parameters
            .time("from", false)
            .orElse(
                caller.isPresent()
                    ? to.minus(Duration.ofDays(MAX_DAYS))
                    : to.minus(1, ChronoUnit.DAYS));
    if (from.isAfter(to)) {
      throw new BadRequestException("from must not be after to");
    }
    if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
      throw new BadRequestException(
          "the range from "
              + from.truncatedTo(ChronoUnit.SECONDS)
              + " to "
              + to.truncatedTo(ChronoUnit.SECONDS)
              + " is over "
              + MAX_DAYS
              + " days: ask for less");
    }
    int limit = parameters.number("limit", 1, MAX_PAGE, 50);
    Format format = parameters.format();
    boolean withSynthetic = parameters.bool(SYNTHETIC, false);
    String scope =
        caller.orElse("") + "|" + from + "|" + to + (withSynthetic ? "|" + SYNTHETIC : "");
    Optional<CallPosition> after = parameters.text("cursor").map(c -> cursors.read(c, scope));
    List<StoredCall> page =
        historyOf(parameters).calls(new CallQuery(caller, from, to, after, limit + 1));
    Optional<String> next =
        page.size() > limit
            ? Optional.of(cursors.after(page.get(limit - 1).position(), scope))
            : Optional.empty();
    List<StoredCall> shown = page.subList(0, Math.min(limit, page.size()));
    if (format == Format.CSV) {
      APIGatewayV2HTTPResponse response = csv(CsvTables.calls(shown, withSynthetic), "calls.csv");
      next.ifPresent(cursor -> response.getHeaders().put("X-Next-Cursor", cursor));
      return response;
    }
    ObjectNode body = CallJson.list(shown);
    body.put("nextCursor", next.orElse(null));
    return json(200, body, "no-store");
  }

  private APIGatewayV2HTTPResponse stats(Map<String, String> query) {
    var parameters = new QueryParameters(query, Set.of("from", "to", "format", "tz", SYNTHETIC));
    Optional<LocalDate> askedFrom = parameters.date("from");
    Optional<LocalDate> askedTo = parameters.date("to");
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    LocalDate to = askedTo.orElse(askedFrom.orElse(today));
    LocalDate from = askedFrom.orElse(to);
    if (from.isAfter(to)) {
      throw new BadRequestException("from must not be after to");
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
      throw new BadRequestException(
          "the range from " + from + " to " + to + " is over " + MAX_DAYS + " days: ask for less");
    }
    Format format = parameters.format();
    Optional<ZoneId> zone = parameters.zone("tz", SQL_FOR_ANY_ZONE);
    if (zone.isPresent()) {
      return zonedStats(parameters, from, to, zone.get(), format);
    }
    RangeStatistics stats = new CallStatistics(historyOf(parameters), TOP).over(from, to);
    if (format == Format.CSV) {
      return csv(CsvTables.days(stats.days()), "stats.csv");
    }
    return json(200, statsJson(stats), "no-store");
  }

  /**
   * The range's days and hours in the analyst's time zone ({@code tz}): the hourly counters
   * re-bucketed, exact for a zone whose offset is a whole number of hours; the shares and top lists
   * are those of the UTC days that hold the range, and the answer says which.
   */
  private APIGatewayV2HTTPResponse zonedStats(
      QueryParameters parameters, LocalDate from, LocalDate to, ZoneId zone, Format format) {
    if (format == Format.CSV) {
      throw new BadRequestException(
          "format=csv is by UTC day: leave out tz, or ask for JSON; " + SQL_FOR_ANY_ZONE);
    }
    ZonedStatistics stats;
    try {
      stats = new CallStatistics(historyOf(parameters), TOP).over(from, to, zone);
    } catch (ZoneNotInWholeHoursException e) {
      throw new BadRequestException(
          e.getMessage()
              + ": the hourly counters cannot be split into its hours; "
              + SQL_FOR_ANY_ZONE);
    }
    ObjectNode body = statsJson(stats.utcDays());
    ObjectNode utcDays = JSON.createObjectNode();
    utcDays.put("from", stats.utcDays().from().toString());
    utcDays.put("to", stats.utcDays().to().toString());
    utcDays.put("calls", stats.utcDays().total().calls());
    body.put("from", from.toString());
    body.put("to", to.toString());
    body.put("tz", zone.getId());
    body.put("calls", stats.calls());
    ArrayNode perDay = body.putArray("callsPerDay");
    stats.days().forEach(d -> perDay.addObject().put("day", d.key()).put("calls", d.calls()));
    ArrayNode perHour = body.putArray("callsPerHour");
    stats.callsByHour().forEach(perHour::add);
    body.set("sharesAndTopListsOfUtcDays", utcDays);
    return json(200, body, "no-store");
  }

  /**
   * The history a request reads: callers' calls, and the calls load tools made too when it asks for
   * them ({@code synthetic=true}).
   */
  private CallHistory historyOf(QueryParameters parameters) {
    return parameters.bool(SYNTHETIC, false) ? history.withSynthetic() : history;
  }

  private static ObjectNode statsJson(RangeStatistics stats) {
    DayCounters total = stats.total();
    ObjectNode body = JSON.createObjectNode();
    body.put("from", stats.from().toString());
    body.put("to", stats.to().toString());
    body.put("calls", total.calls());
    ArrayNode perDay = body.putArray("callsPerDay");
    stats
        .days()
        .forEach(d -> perDay.addObject().put("day", d.day().toString()).put("calls", d.calls()));
    ArrayNode perHour = body.putArray("callsPerHour");
    stats.callsByHour().forEach(perHour::add);
    ObjectNode shares = body.putObject("shares");
    shares.put("valid", rounded(stats.share(total.valid())));
    shares.put("withheld", rounded(stats.share(total.withheld())));
    shares.put("invalid", rounded(stats.share(total.invalid())));
    shares.put("cache", rounded(stats.share(total.answeredFromCache())));
    shares.put("quick", rounded(stats.share(total.answeredQuick())));
    shares.put("fallback", rounded(stats.share(total.answeredFallback())));
    tallies(body.putArray("topWords"), "word", stats.topWords());
    tallies(body.putArray("topAreas"), "area", stats.topAreas());
    return body;
  }

  private static void tallies(ArrayNode array, String name, List<Tally> tallies) {
    tallies.forEach(t -> array.addObject().put(name, t.key()).put("calls", t.calls()));
  }

  private static double rounded(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  /** 304 when the page already has this answer (polling {@code /api/recent} while offline). */
  private static APIGatewayV2HTTPResponse conditional(
      APIGatewayV2HTTPResponse response, Map<String, String> requestHeaders) {
    String etag = "\"" + digest(response.getBody()) + "\"";
    response.getHeaders().put("ETag", etag);
    String ifNoneMatch = header(requestHeaders, "if-none-match");
    if (etag.equals(ifNoneMatch)) {
      response.setStatusCode(304);
      response.setBody("");
    }
    return response;
  }

  private static String header(Map<String, String> headers, String name) {
    if (headers == null) {
      return null;
    }
    Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    return byName.get(name);
  }

  private static String digest(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static APIGatewayV2HTTPResponse json(int status, ObjectNode body, String caching) {
    return response(status, "application/json; charset=utf-8", body.toString(), caching);
  }

  private static APIGatewayV2HTTPResponse csv(String body, String fileName) {
    APIGatewayV2HTTPResponse response =
        response(200, "text/csv; charset=utf-8; header=present", body, "no-store");
    response.getHeaders().put("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    return response;
  }

  static APIGatewayV2HTTPResponse error(int status, String message) {
    ObjectNode body = JSON.createObjectNode().put("error", message);
    return json(status, body, "no-store");
  }

  private static APIGatewayV2HTTPResponse response(
      int status, String contentType, String body, String caching) {
    Map<String, String> headers = new TreeMap<>();
    headers.put("Content-Type", contentType);
    headers.put("Cache-Control", caching);
    headers.put("X-Content-Type-Options", "nosniff");
    return APIGatewayV2HTTPResponse.builder()
        .withStatusCode(status)
        .withHeaders(headers)
        .withBody(body)
        .build();
  }
}
