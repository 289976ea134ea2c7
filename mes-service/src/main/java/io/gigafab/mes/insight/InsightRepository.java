package io.gigafab.mes.insight;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Yield insights in the database. */
@ApplicationScoped
public class InsightRepository implements PanacheRepositoryBase<Insight, UUID> {

    /** The newest insights of a line (all lines when null) of the given kinds (all when empty). */
    public List<Insight> newest(String lineId, List<String> kinds, int limit) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (lineId != null) {
            where.append(" and lineId = :line");
            parameters.put("line", lineId);
        }
        if (!kinds.isEmpty()) {
            where.append(" and kind in :kinds");
            parameters.put("kinds", kinds);
        }
        return find(where + " order by createdAt desc, id", parameters).page(0, limit).list();
    }
}
