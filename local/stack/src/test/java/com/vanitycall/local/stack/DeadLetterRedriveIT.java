package com.vanitycall.local.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vanitycall.aws.StoredDeadLetter;
import com.vanitycall.aws.schema.ResourceNames;
import com.vanitycall.core.call.CallEventCodec;
import com.vanitycall.core.call.DeadLetter;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeadLetterRedriveIT {

  private static LocalStack stack;

  @BeforeAll
  static void startStack() {
    stack =
        LocalStack.start(
            StackOptions.inMemory().withNames(ResourceNames.prefixed("redrive")).withShards(1));
  }

  @AfterAll
  static void stopStack() {
    stack.close();
  }

  @Test
  void aListing_showsTheMaskedCallerAndEventId_neverThePayload() {
    var event = CallEvents.generate(1, 31L).get(0);
    DeadLetterRedrive redrive = redrive();
    stack
        .deadLetters()
        .send(
            new DeadLetter(
                "connect-publish",
                "stream refused",
                new CallEventCodec().toJson(event),
                Instant.now()));

    StoredDeadLetter letter = find(redrive, event.eventId());

    String summary = redrive.summary(letter);
    assertThat(summary).startsWith("event " + event.eventId() + " from +1800");
    assertThat(summary).contains("**").doesNotContain(event.callerNumber().substring(5));
  }

  @Test
  void aPayloadThatIsNotACallEvent_isSummarisedByItsLengthOnly() {
    DeadLetterRedrive redrive = redrive();
    stack.deadLetters().send(new DeadLetter("pipeline", "bad", "+18005551234 oops", Instant.now()));

    StoredDeadLetter letter =
        redrive.list().stream()
            .filter(l -> l.letter().payload().equals("+18005551234 oops"))
            .findFirst()
            .orElseThrow();

    assertThat(redrive.summary(letter)).isEqualTo("not a call event (17 bytes)");
  }

  @Test
  void redrivingALetter_putsItsPayloadBackOnTheStreamKeyedByItsEventId_andRemovesIt() {
    var event = CallEvents.generate(1, 32L).get(0);
    String payload = new CallEventCodec().toJson(event);
    DeadLetterRedrive redrive = redrive();
    stack.deadLetters().send(new DeadLetter("local-pipe", "gave up", payload, Instant.now()));
    StoredDeadLetter letter = find(redrive, event.eventId());

    assertThat(redrive.redrive(letter.id())).isTrue();

    assertThat(redrive.list()).noneMatch(l -> l.id().equals(letter.id()));
    assertThat(
            StreamContents.everyRecord(stack.kinesis(), stack.options().names().callEventsStream()))
        .anySatisfy(
            record -> {
              assertThat(record.partitionKey()).isEqualTo(event.eventId());
              assertThat(record.data().asUtf8String()).isEqualTo(payload);
            });
    assertThat(redrive.redrive(letter.id())).isFalse();
  }

  @Test
  void redrivingBytesThatAreNotText_putsTheSameBytesBack() {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, (byte) 0x28};
    DeadLetterRedrive redrive = redrive();
    stack
        .deadLetters()
        .keepForAnOperator(
            "pipeline-garbage", DeadLetter.ofBytes("local-pipe", "bad", garbage, Instant.now()));

    assertThat(redrive.redrive("pipeline-garbage")).isTrue();

    assertThat(
            StreamContents.everyRecord(stack.kinesis(), stack.options().names().callEventsStream()))
        .anySatisfy(record -> assertThat(record.data().asByteArray()).isEqualTo(garbage));
  }

  @Test
  void aLetterThatKeepsOnlyTheHeadOfItsPayload_isNotRedriven_sayingWhy() {
    DeadLetterRedrive redrive = redrive();
    stack
        .deadLetters()
        .keepForAnOperator(
            "pipeline-huge",
            DeadLetter.ofBytes("local-pipe", "too big", new byte[900 * 1024], Instant.now()));
    try {
      assertThatThrownBy(() -> redrive.redrive("pipeline-huge"))
          .isInstanceOf(IncompleteLetterException.class)
          .hasMessageContaining("keeps only the first 16384 of the payload's 921600 bytes");
      assertThat(redrive.summary(find(redrive, "pipeline-huge")))
          .isEqualTo("not a call event (921600 bytes, only the first 16384 kept)");
    } finally {
      stack.deadLetters().remove("pipeline-huge");
    }
  }

  @Test
  void redrivingAll_emptiesTheDeadLetters() {
    DeadLetterRedrive redrive = redrive();
    stack.deadLetters().send(new DeadLetter("pipeline", "one", "payload one", Instant.now()));
    stack.deadLetters().send(new DeadLetter("pipeline", "two", "payload two", Instant.now()));
    int before = redrive.list().size();

    assertThat(redrive.redriveAll()).isEqualTo(before);

    assertThat(redrive.list()).isEmpty();
  }

  @Test
  void redrivingAll_takesEveryLetter_pastWhatOneListingShows_andTheListingSaysThereAreMore() {
    DeadLetterRedrive everything = redrive();
    for (int i = 0; i < 7; i++) {
      stack.deadLetters().send(new DeadLetter("pipeline", "many", "payload " + i, Instant.now()));
    }
    int before = everything.list().size();
    DeadLetterRedrive threeAtATime =
        new DeadLetterRedrive(
            stack.deadLetters(), stack.kinesis(), stack.options().names().callEventsStream(), 3);

    DeadLetterRedrive.Listing listing = threeAtATime.listing();
    assertThat(listing.letters()).hasSize(3);
    assertThat(listing.more()).isTrue();
    assertThat(threeAtATime.redriveAll()).isEqualTo(before);

    assertThat(everything.list()).isEmpty();
    assertThat(threeAtATime.listing().more()).isFalse();
  }

  private static DeadLetterRedrive redrive() {
    return new DeadLetterRedrive(
        stack.deadLetters(), stack.kinesis(), stack.options().names().callEventsStream());
  }

  private static StoredDeadLetter find(DeadLetterRedrive redrive, String idOrEventId) {
    return redrive.list().stream()
        .filter(l -> l.id().equals(idOrEventId) || l.letter().payload().contains(idOrEventId))
        .findFirst()
        .orElseThrow();
  }
}
