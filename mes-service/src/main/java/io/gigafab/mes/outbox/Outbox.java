package io.gigafab.mes.outbox;

import io.agroal.api.AgroalDataSource;
import io.gigafab.events.EventJson;
import io.gigafab.events.TopicMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The transactional outbox: a message is stored in the same transaction as the change it reports
 * and reaches Kafka through the outbox relay after commit, or never if the change rolls back.
 *
 * <p>Plain JDBC on the JTA-enlisted datasource: the insert joins the caller's transaction (the same
 * connection Hibernate uses in it) and needs no persistence unit.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT =
            "insert into outbox_message (topic, message_key, payload) values (?, ?, ?)";

    private final AgroalDataSource dataSource;

    public Outbox(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(TopicMessage message) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, message.topic());
            insert.setString(2, message.kafkaKey());
            insert.setString(3, EventJson.toJson(message));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxFailure("the outbox message could not be stored", e);
        }
    }
}
