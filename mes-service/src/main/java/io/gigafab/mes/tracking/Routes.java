package io.gigafab.mes.tracking;

import io.gigafab.events.unit.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Routes (ordered operations per product), read once per route: they change with releases. */
@ApplicationScoped
public class Routes {

    private final EntityManager entityManager;
    private final Map<String, List<RouteStep>> stepsByRoute = new ConcurrentHashMap<>();

    public Routes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<RouteStep> steps(String routeId) {
        return stepsByRoute.computeIfAbsent(routeId, this::load);
    }

    /** The next step of a unit of this kind after the completed one, if any is left. */
    public Optional<RouteStep> next(String routeId, UnitKind kind, int completedSeq) {
        return steps(routeId).stream()
                .filter(s -> s.unitKind().equals(kind.name()) && s.seq() > completedSeq)
                .findFirst();
    }

    /** The step of an operation for a unit kind, if the route has it. */
    public Optional<RouteStep> step(String routeId, UnitKind kind, String operation) {
        return steps(routeId).stream()
                .filter(s -> s.unitKind().equals(kind.name()) && s.operation().equals(operation))
                .findFirst();
    }

    private List<RouteStep> load(String routeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                "select seq, operation, equipment_class, unit_kind from route_step"
                                        + " where route_id = ?1 order by seq")
                        .setParameter(1, routeId)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new RouteStep(
                                        ((Number) r[0]).intValue(),
                                        (String) r[1],
                                        (String) r[2],
                                        (String) r[3]))
                .toList();
    }
}
