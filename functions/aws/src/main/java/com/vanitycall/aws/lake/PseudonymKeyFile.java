package com.vanitycall.aws.lake;

import com.vanitycall.core.lake.PseudonymKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local stack's pseudonym key: a file under the data directory holding 32 random bytes in
 * base64, created readable by its owner only when it is not there yet (the local counterpart of the
 * secret in Secrets Manager on AWS).
 */
public final class PseudonymKeyFile {

  private PseudonymKeyFile() {}

  /** The key in {@code file}, made first if there is none. */
  public static PseudonymKey readOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      byte[] secret =
          Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
      return new PseudonymKey(secret);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the pseudonym key " + file, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the pseudonym key " + file + " is not 32 or more bytes in base64: " + e.getMessage(), e);
    }
  }

  private static void create(Path file) throws IOException {
    byte[] secret = new byte[PseudonymKey.MIN_BYTES];
    new SecureRandom().nextBytes(secret);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException madeByAnother) {
      return;
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(
        file,
        Base64.getEncoder().encodeToString(secret) + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING);
  }
}
