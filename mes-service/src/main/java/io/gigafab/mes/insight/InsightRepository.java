package io.gigafab.mes.insight;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Yield insights in the database. */
@ApplicationScoped
public class InsightRepository implements PanacheRepositoryBase<Insight, UUID> {

    public List<Insight> newest(String lineId, int limit) {
        var query =
                lineId == null
                        ? find("order by createdAt desc, id")
                        : find("lineId = ?1 order by createdAt desc, id", lineId);
        return query.page(0, limit).list();
    }
}
