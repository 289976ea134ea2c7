package io.gigafab.mes.recipe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Electronic signatures on recipes. */
@ConfigMapping(prefix = "gigafab.signature")
public interface SignatureConfig {

    /**
     * How long ago the signer may have last entered their credentials (the token's auth_time):
     * older logins must re-authenticate before signing.
     */
    @WithDefault("PT5M")
    Duration maxAuthAge();
}
