package com.vanitycall.local.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;

/**
 * Turns a request to the local server into the event API Gateway's HTTP API (payload 2.0) would
 * send the handler: lower-case header names, repeated values joined with commas, the raw path and
 * query string. The query's names and values are decoded here, strictly (percent-encoded UTF-8, as
 * RFC 3986 asks): one that is not is a {@link MalformedQueryException}, for a 400, never Jetty's
 * own exception.
 */
final class ApiEvents {

  private ApiEvents() {}

  /**
   * @throws MalformedQueryException if the query string is not percent-encoded UTF-8
   */
  static APIGatewayV2HTTPEvent of(Request request) {
    Map<String, String> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.merge(field.getLowerCaseName(), field.getValue(), (a, b) -> a + "," + b);
    }
    Map<String, String> query = query(request.getHttpURI().getQuery());
    String path = request.getHttpURI().getPath();
    return APIGatewayV2HTTPEvent.builder()
        .withVersion("2.0")
        .withRouteKey("$default")
        .withRawPath(path)
        .withRawQueryString(
            request.getHttpURI().getQuery() == null ? "" : request.getHttpURI().getQuery())
        .withHeaders(headers)
        .withQueryStringParameters(query.isEmpty() ? null : query)
        .withRequestContext(
            APIGatewayV2HTTPEvent.RequestContext.builder()
                .withRequestId(UUID.randomUUID().toString())
                .withStage("$default")
                .withTimeEpoch(System.currentTimeMillis())
                .withHttp(
                    APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(request.getMethod())
                        .withPath(path)
                        .withProtocol("HTTP/1.1")
                        .withSourceIp(Request.getRemoteAddr(request))
                        .withUserAgent(headers.get("user-agent"))
                        .build())
                .build())
        .build();
  }

  /** The parameters, a name given more than once with its values joined by commas. */
  static Map<String, String> query(String raw) {
    Map<String, String> query = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      query.merge(name, value, (a, b) -> a + "," + b);
    }
    return query;
  }

  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    int i = 0;
    while (i < encoded.length()) {
      int c = encoded.codePointAt(i);
      if (c == '%') {
        if (i + 3 > encoded.length() || !hex(encoded, i + 1) || !hex(encoded, i + 2)) {
          throw new MalformedQueryException(
              "the query string has a '%' that two hex digits do not follow: " + encoded);
        }
        bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
        i += 3;
      } else {
        bytes.writeBytes((c == '+' ? " " : Character.toString(c)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(c);
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedQueryException(
          "the query string is not percent-encoded UTF-8: " + encoded);
    }
  }

  private static boolean hex(String text, int index) {
    return Character.digit(text.charAt(index), 16) >= 0;
  }
}
