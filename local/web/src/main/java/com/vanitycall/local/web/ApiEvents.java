package com.vanitycall.local.web;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * Turns a request to the local server into the event API Gateway's HTTP API (payload 2.0) would
 * send the handler: lower-case header names, repeated values joined with commas, the raw path and
 * query string.
 */
final class ApiEvents {

  private ApiEvents() {}

  static APIGatewayV2HTTPEvent of(Request request) {
    Map<String, String> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.merge(field.getLowerCaseName(), field.getValue(), (a, b) -> a + "," + b);
    }
    Map<String, String> query = new HashMap<>();
    Fields fields = Request.extractQueryParameters(request);
    fields.forEach(field -> query.put(field.getName(), String.join(",", field.getValues())));
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
}
