package com.vanitycall.pipeline.persist;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where PersistAndCount delivers calls for the history lake, and where its pseudonym key is.
 *
 * @param deliveryStream {@code LAKE_DELIVERY_STREAM}: the Firehose delivery stream
 * @param firehoseEndpoint {@code AWS_ENDPOINT_URL_FIREHOSE}: the local lake's Firehose endpoint;
 *     empty on AWS
 * @param keySecret {@code PSEUDONYM_KEY_SECRET}: the secret holding the key, on AWS
 * @param keyFile {@code PSEUDONYM_KEY_FILE}: the key file, on the local stack
 */
public record LakeSettings(
    String deliveryStream,
    Optional<URI> firehoseEndpoint,
    Optional<String> keySecret,
    Optional<Path> keyFile) {

  public LakeSettings {
    Objects.requireNonNull(deliveryStream, "deliveryStream");
    Objects.requireNonNull(firehoseEndpoint, "firehoseEndpoint");
    Objects.requireNonNull(keySecret, "keySecret");
    Objects.requireNonNull(keyFile, "keyFile");
    if (keySecret.isPresent() == keyFile.isPresent()) {
      throw new IllegalArgumentException("the pseudonym key is a secret or a file: exactly one");
    }
  }
}
