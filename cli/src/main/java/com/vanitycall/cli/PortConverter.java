package com.vanitycall.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A TCP port to listen on: 1 to 65535, or 0 for any free one. */
public final class PortConverter implements ITypeConverter<Integer> {

  @Override
  public Integer convert(String value) {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // said below
    }
    throw new TypeConversionException(
        "'" + value + "' is not a port: give 1 to 65535, or 0 for any free one");
  }
}
