package com.vanitycall.cli.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.vanity.VanityEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Answers numbers one line each, in input order: chunks of lines are answered in parallel on all
 * cores, then written in order. A bad number is a line with its status and error; the batch goes
 * on.
 */
final class VanityBatch {

  private static final int CHUNK = 4_096;

  private final VanityEngine engine;
  private final CallerNumberParser parser = new CallerNumberParser();
  private final Function<VanityLine, String> format;

  private VanityBatch(VanityEngine engine, Function<VanityLine, String> format) {
    this.engine = engine;
    this.format = format;
  }

  /** One JSON object per line. */
  static VanityBatch json(VanityEngine engine) {
    ObjectMapper mapper = JsonMapper.builder().build();
    return new VanityBatch(engine, line -> writeJson(mapper, line));
  }

  /** One line of text per number, for people. */
  static VanityBatch text(VanityEngine engine) {
    return new VanityBatch(engine, VanityLine::text);
  }

  /**
   * Answers every input, one output line each, in order; returns how many. A chunk is answered when
   * it is full or when no more input is ready yet, so a person typing numbers sees each answer at
   * once while a file still goes in full chunks.
   */
  long run(Iterator<String> inputs, BooleanSupplier moreInputReady, Writer out) throws IOException {
    long answered = 0;
    List<String> chunk = new ArrayList<>(CHUNK);
    while (inputs.hasNext()) {
      chunk.add(inputs.next());
      if (chunk.size() == CHUNK || !moreInputReady.getAsBoolean()) {
        answered += write(chunk, out);
      }
    }
    return answered + write(chunk, out);
  }

  private int write(List<String> chunk, Writer out) throws IOException {
    String[] answers =
        IntStream.range(0, chunk.size())
            .parallel()
            .mapToObj(i -> answer(chunk.get(i)))
            .toArray(String[]::new);
    for (String answer : answers) {
      out.write(answer);
      out.write('\n');
    }
    out.flush();
    chunk.clear();
    return answers.length;
  }

  private String answer(String input) {
    return format.apply(VanityLine.answer(input, parser.parse(input), engine));
  }

  private static String writeJson(ObjectMapper mapper, VanityLine line) {
    try {
      return mapper.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("an answer could not be written as JSON", e);
    }
  }
}
