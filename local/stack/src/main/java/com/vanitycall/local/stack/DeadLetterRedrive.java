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

  /** How many letters {@link #list()} and a redrive of all read at most. */
  public static final int LIMIT = 10_000;

  private final DynamoDbDeadLetters deadLetters;
  private final KinesisClient kinesis;
  private final String stream;
  private final CallEventCodec codec = new CallEventCodec();
  private final CallerNumberParser parser = new CallerNumberParser();

  public DeadLetterRedrive(DynamoDbDeadLetters deadLetters, KinesisClient kinesis, String stream) {
    this.deadLetters = deadLetters;
    this.kinesis = kinesis;
    this.stream = stream;
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

  /** The dead letters, oldest first. */
  public List<StoredDeadLetter> list() {
    return deadLetters.list(LIMIT);
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
   * Re-publishes every letter that holds its whole payload and removes each; returns how many
   * (those that keep only a head stay, for an operator).
   */
  public int redriveAll() {
    List<StoredDeadLetter> whole = list().stream().filter(StoredDeadLetter::complete).toList();
    whole.forEach(this::redrive);
    return whole.size();
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
