package com.vanitycall.local.stack;

import com.vanitycall.aws.AwsClients;
import com.vanitycall.aws.CallBudget;
import com.vanitycall.aws.DynamoDbDeadLetters;
import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.core.call.CallEvent;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.LetterPayload;
import com.vanitycall.core.call.MalformedCallEventException;
import com.vanitycall.core.phone.CallerNumberParser;
import com.vanitycall.core.phone.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * Inspects and redrives the dead letters of a local stack: a redrive puts the payload back on the
 * call-events stream (keyed by its event id, as the handler keys it) and only then removes the
 * letter, so a failed redrive loses nothing.
 */
public final class DeadLetterRedrive {

  /** How many letters a listing shows, and a redrive of all takes at a time. */
  public static final int LIMIT = 10_000;

  private final DynamoDbDeadLetters deadLetters;
  private final KinesisClient kinesis;
  private final String stream;
  private final int page;
  private final CallEventCodec codec = new CallEventCodec();
  private final CallerNumberParser parser = new CallerNumberParser();

  public DeadLetterRedrive(DynamoDbDeadLetters deadLetters, KinesisClient kinesis, String stream) {
    this(deadLetters, kinesis, stream, LIMIT);
  }

  /**
   * @param page how many letters a listing shows, and a redrive of all takes at a time
   */
  DeadLetterRedrive(
      DynamoDbDeadLetters deadLetters, KinesisClient kinesis, String stream, int page) {
    this.deadLetters = deadLetters;
    this.kinesis = kinesis;
    this.stream = stream;
    this.page = page;
  }

  /**
   * The oldest dead letters, as many as a listing shows.
   *
   * @param more whether there are more letters than shown
   */
  public record Listing(List<StoredDeadLetter> letters, boolean more) {
    public Listing {
      letters = List.copyOf(letters);
    }

    /** How many there are, as a person reads it: {@code 6 dead letters}. */
    public String count() {
      return more
          ? String.format("more than %,d dead letters", letters.size())
          : String.format("%,d dead letter%s", letters.size(), letters.size() == 1 ? "" : "s");
    }
  }

  /** Works on the stack the environment describes, through clients the caller closes. */
  public static DeadLetterRedrive on(StackEnvironment environment, AwsClients clients) {
    CallBudget budget = CallBudget.inBackground();
    return new DeadLetterRedrive(
        new DynamoDbDeadLetters(
            clients.dynamoDb(budget),
            environment.names().deadLettersTable(),
            LocalStack.DEAD_LETTER_RETENTION,
            Clock.systemUTC()),
        clients.kinesis(budget),
        environment.names().callEventsStream());
  }

  /** The oldest dead letters, as many as a listing shows, and whether there are more. */
  public Listing listing() {
    List<StoredDeadLetter> oldest = deadLetters.list(page + 1);
    return new Listing(oldest.subList(0, Math.min(page, oldest.size())), oldest.size() > page);
  }

  /** The oldest dead letters, as many as a listing shows. */
  public List<StoredDeadLetter> list() {
    return listing().letters();
  }

  /**
   * What a listing may show of the payload: the event id and the masked caller number if it is a
   * call event, never the payload itself (it may hold a phone number).
   */
  public String summary(StoredDeadLetter stored) {
    try {
      CallEvent event = codec.fromJson(stored.letter().payload());
      String caller =
          Optional.ofNullable(event.callerNumber())
              .flatMap(number -> parser.parse(number).number())
              .map(PhoneNumber::masked)
              .orElse(event.callerStatus().name());
      return "event " + event.eventId() + " from " + caller;
    } catch (MalformedCallEventException e) {
      return "not a call event ("
          + stored.payloadSize()
          + " bytes"
          + (stored.complete() ? "" : ", only the first " + LetterPayload.HEAD_BYTES + " kept")
          + ")";
    }
  }

  /**
   * Re-publishes one letter and removes it.
   *
   * @return false if there is no letter with this id
   * @throws IncompleteLetterException if the letter keeps only the head of its payload
   */
  public boolean redrive(String id) {
    Optional<StoredDeadLetter> letter =
        list().stream().filter(stored -> stored.id().equals(id)).findFirst();
    letter.ifPresent(this::redrive);
    return letter.isPresent();
  }

  /**
   * Re-publishes every letter there was when it began that holds its whole payload, and removes
   * each, a listing's worth at a time; returns how many. Letters that keep only a head stay, for an
   * operator; a letter written meanwhile (a redriven payload failing again) is left for the next
   * redrive.
   */
  public int redriveAll() {
    Instant began = Instant.now();
    int redriven = 0;
    int headsOnly = 0;
    while (true) {
      List<StoredDeadLetter> before =
          deadLetters.list(headsOnly + page).stream()
              .filter(stored -> stored.letter().failedAt().isBefore(began))
              .toList();
      List<StoredDeadLetter> whole = before.stream().filter(StoredDeadLetter::complete).toList();
      if (whole.isEmpty()) {
        return redriven;
      }
      headsOnly = before.size() - whole.size();
      whole.forEach(this::redrive);
      redriven += whole.size();
    }
  }

  private void redrive(StoredDeadLetter stored) {
    if (!stored.complete()) {
      throw new IncompleteLetterException(
          "dead letter "
              + stored.id()
              + " keeps only the first "
              + stored.letter().payloadBytes().length
              + " of the payload's "
              + stored.payloadSize()
              + " bytes: a redrive would not put back what failed; remove it once judged");
    }
    // the original bytes, text or not
    byte[] payload = stored.letter().payloadBytes();
    kinesis.putRecord(
        b ->
            b.streamName(stream)
                .partitionKey(partitionKey(stored))
                .data(SdkBytes.fromByteArray(payload)));
    deadLetters.remove(stored.id());
  }

  private String partitionKey(StoredDeadLetter stored) {
    try {
      return codec.fromJson(stored.letter().payload()).eventId();
    } catch (MalformedCallEventException e) {
      return stored.id();
    }
  }
}
