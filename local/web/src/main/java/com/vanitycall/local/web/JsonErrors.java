package com.vanitycall.local.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any handler runs (a path that is not percent-encoded UTF-8, a
 * header too large), in the API's own form: a JSON body that says what is wrong, never Jetty's HTML
 * page with its name and version.
 */
final class JsonErrors extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField JSON_TYPE =
      new HttpField(HttpHeader.CONTENT_TYPE, "application/json");
  private static final HttpField NO_SNIFF = new HttpField("X-Content-Type-Options", "nosniff");

  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      List<Charset> charsets,
      int code,
      String message,
      Throwable cause) {
    response.getHeaders().put(JSON_TYPE);
    response.getHeaders().put(NO_SNIFF);
    response.write(true, body(code, message), callback);
    return true;
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(JSON_TYPE);
    fields.put(NO_SNIFF);
    return body(status, reason);
  }

  private static ByteBuffer body(int status, String reason) {
    String error =
        "the request could not be read (HTTP "
            + status
            + (reason == null || reason.isBlank() ? "" : ": " + reason)
            + ")";
    return ByteBuffer.wrap(JSON.createObjectNode().put("error", error).toString().getBytes(UTF_8));
  }
}
