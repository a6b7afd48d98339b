package com.vanitycall.local.web;

/** The local web server could not start (its port taken, its files missing). */
public final class WebServerStartException extends RuntimeException {

  public WebServerStartException(String message) {
    super(message);
  }

  public WebServerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
