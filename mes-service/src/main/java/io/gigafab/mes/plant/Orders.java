package io.gigafab.mes.plant;

import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Production orders: released by engineers for a product on a line, along its route. */
@ApplicationScoped
public class Orders {

    /** Releasing an order. */
    public record NewOrder(String id, String productId, String lineId, Integer quantity) {}

    /** An order as the API shows it. */
    public record OrderView(
            String id,
            String productId,
            String routeId,
            String lineId,
            int quantity,
            ProductionOrder.Status status,
            String createdBy,
            Instant createdAt) {

        static OrderView of(ProductionOrder o) {
            return new OrderView(
                    o.id,
                    o.productId,
                    o.routeId,
                    o.lineId,
                    o.quantity,
                    o.status,
                    o.createdBy,
                    o.createdAt);
        }
    }

    private final EntityManager entityManager;
    private final PlantModel plant;
    private final AuditTrail audit;

    Orders(EntityManager entityManager, PlantModel plant, AuditTrail audit) {
        this.entityManager = entityManager;
        this.plant = plant;
        this.audit = audit;
    }

    public List<OrderView> onLine(String lineId) {
        String where = lineId == null ? "" : " where lineId = ?1";
        var query =
                entityManager.createQuery(
                        "from ProductionOrder" + where + " order by createdAt desc",
                        ProductionOrder.class);
        if (lineId != null) {
            query.setParameter(1, lineId);
        }
        return query.getResultStream().map(OrderView::of).toList();
    }

    @Transactional
    public OrderView release(NewOrder request, String actor) {
        if (request == null
                || blank(request.id())
                || blank(request.productId())
                || blank(request.lineId())) {
            throw new IllegalArgumentException("id, productId and lineId are required");
        }
        if (request.quantity() == null || request.quantity() < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        plant.requireLine(request.lineId());
        if (entityManager.find(ProductionOrder.class, request.id()) != null) {
            throw new IllegalStateException("Order " + request.id() + " already exists");
        }
        @SuppressWarnings("unchecked")
        List<String> routes =
                entityManager
                        .createNativeQuery(
                                "select id from route where product_id = ?1 order by version desc")
                        .setParameter(1, request.productId())
                        .getResultList();
        if (routes.isEmpty()) {
            throw new NotFoundProblem("No product " + request.productId() + " with a route");
        }
        ProductionOrder order = new ProductionOrder();
        order.id = request.id().strip();
        order.productId = request.productId();
        order.routeId = routes.get(0);
        order.lineId = request.lineId();
        order.quantity = request.quantity();
        order.status = ProductionOrder.Status.RELEASED;
        order.createdBy = actor;
        order.createdAt = Instant.now();
        entityManager.persist(order);
        OrderView view = OrderView.of(order);
        audit.record(actor, "ORDER_RELEASED", "production_order", order.id, null, view);
        return view;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
