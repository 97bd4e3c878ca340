package cn.gov.hunan.sanpin.common.outbox;

/**
 * Where outbox messages of one {@link #name()} go: a peer service through its generated client, a mail server.
 * Delivering must be safe to repeat (the receiver is idempotent by message id); throwing means "try again later".
 */
public interface OutboxDestination {

    String name();

    void deliver(OutboxMessage message) throws Exception;
}
