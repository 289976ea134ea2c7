package io.gigafab.mes.outbox;

/** One stored outbox message: its id, the topic, the Kafka record key and the JSON payload. */
record OutboxRow(long id, String topic, String key, String payload) {}
