package io.gigafab.mes.recipe;

import io.gigafab.recipes.Recipe;
import io.gigafab.recipes.RecipeHeader;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Brings the recipe library into the database at start-up, keeping the library's status. A version
 * already in the database is left as it is (its lifecycle in the MES wins), so restarts import
 * nothing twice.
 */
@ApplicationScoped
public class RecipeLibraryImport {

    private static final Logger LOG = Logger.getLogger(RecipeLibraryImport.class);

    private final RecipeCatalogue catalogue;
    private final EntityManager entityManager;

    RecipeLibraryImport(RecipeCatalogue catalogue, EntityManager entityManager) {
        this.catalogue = catalogue;
        this.entityManager = entityManager;
    }

    @Transactional
    void importLibrary(@Observes @Priority(10) StartupEvent event) {
        int imported = 0;
        for (Recipe recipe : catalogue.all()) {
            imported += importVersion(recipe);
        }
        LOG.infof("Recipe library import: %d new of %d versions", imported, catalogue.all().size());
    }

    private int importVersion(Recipe recipe) {
        RecipeHeader header = recipe.header();
        Instant created = header.created().orElse(Instant.EPOCH);
        return entityManager
                .createNativeQuery(
                        "insert into recipe_version (recipe_id, version, name, equipment_class,"
                            + " product_id, status, body, origin, created_by, created_at,"
                            + " approved_at) values (?, ?, ?, ?, ?, ?, cast(? as jsonb), 'LIBRARY',"
                            + " ?, ?, cast(? as timestamptz)) on conflict do nothing")
                .setParameter(1, header.id())
                .setParameter(2, header.version())
                .setParameter(3, header.name())
                .setParameter(4, header.equipmentClass().name())
                .setParameter(5, header.product() == null ? null : header.product().designId())
                .setParameter(6, header.status().name())
                .setParameter(7, RecipeJson.write(recipe))
                .setParameter(8, header.author())
                .setParameter(9, Timestamp.from(created))
                .setParameter(10, header.approved().map(Timestamp::from).orElse(null))
                .executeUpdate();
    }
}
