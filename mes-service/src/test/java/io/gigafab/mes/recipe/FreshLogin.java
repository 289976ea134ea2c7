package io.gigafab.mes.recipe;

import io.gigafab.mes.security.TokenClaims;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * For tests: {@code @TestSecurity} attributes are constants, so an auth_time of {@value #NOW} is
 * turned into the current time here, as if the user had just entered their password.
 */
@ApplicationScoped
public class FreshLogin implements SecurityIdentityAugmentor {

    public static final String NOW = "now";

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!NOW.equals(identity.getAttribute(TokenClaims.AUTH_TIME))) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom()
                .item(
                        QuarkusSecurityIdentity.builder(identity)
                                .addAttribute(
                                        TokenClaims.AUTH_TIME,
                                        String.valueOf(Instant.now().getEpochSecond()))
                                .build());
    }
}
