package cn.gov.hunan.sanpin.common.outbox;

import java.util.UUID;

/**
 * One hand-over as the relay reads it back.
 *
 * @param payload  the JSON the sender enqueued
 * @param attempts deliveries tried before this one
 */
public record OutboxMessage(UUID id, String destination, String type, String subjectId, String payload, int attempts) {
}
