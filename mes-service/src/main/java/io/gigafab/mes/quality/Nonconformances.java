package io.gigafab.mes.quality;

import io.gigafab.mes.api.NotFoundProblem;
import io.gigafab.mes.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Non-conformance reports: opened by engineers or quality, closed by quality. */
@ApplicationScoped
public class Nonconformances {

    /** Opening an NCR. */
    public record OpenNcr(String title, String description) {}

    /** An NCR as the API shows it. */
    public record NcrView(
            String id,
            String title,
            String description,
            Nonconformance.Status status,
            String openedBy,
            Instant openedAt,
            String closedBy,
            Instant closedAt) {

        static NcrView of(Nonconformance n) {
            return new NcrView(
                    n.id,
                    n.title,
                    n.description,
                    n.status,
                    n.openedBy,
                    n.openedAt,
                    n.closedBy,
                    n.closedAt);
        }
    }

    private final EntityManager entityManager;
    private final AuditTrail audit;

    Nonconformances(EntityManager entityManager, AuditTrail audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    public List<NcrView> all() {
        return entityManager
                .createQuery("from Nonconformance order by openedAt desc", Nonconformance.class)
                .getResultStream()
                .map(NcrView::of)
                .toList();
    }

    @Transactional
    public NcrView open(OpenNcr request, String actor) {
        if (request == null || request.title() == null || request.title().isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        Number next =
                (Number)
                        entityManager
                                .createNativeQuery("select nextval('nonconformance_seq')")
                                .getSingleResult();
        Nonconformance ncr = new Nonconformance();
        ncr.id = "NCR-" + next.longValue();
        ncr.title = request.title().strip();
        ncr.description = request.description();
        ncr.status = Nonconformance.Status.OPEN;
        ncr.openedBy = actor;
        ncr.openedAt = Instant.now();
        entityManager.persist(ncr);
        NcrView view = NcrView.of(ncr);
        audit.record(actor, "NCR_OPENED", "nonconformance", ncr.id, null, view);
        return view;
    }

    @Transactional
    public NcrView close(String id, String actor) {
        Nonconformance ncr = entityManager.find(Nonconformance.class, id);
        if (ncr == null) {
            throw new NotFoundProblem("No non-conformance with id " + id);
        }
        if (ncr.status == Nonconformance.Status.CLOSED) {
            throw new IllegalStateException(id + " is already closed");
        }
        NcrView before = NcrView.of(ncr);
        ncr.status = Nonconformance.Status.CLOSED;
        ncr.closedBy = actor;
        ncr.closedAt = Instant.now();
        NcrView after = NcrView.of(ncr);
        audit.record(actor, "NCR_CLOSED", "nonconformance", id, before, after);
        return after;
    }
}
