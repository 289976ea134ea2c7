package io.gigafab.mes.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Copies the two token claims the MES decides on into identity attributes: the lines an operator
 * works on ({@value #LINES}: claim {@code gigafab_lines}, or groups named {@code line:<id>}) and
 * when the user last entered their password ({@value #AUTH_TIME}, for electronic signatures).
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    /** Identity attribute: {@code Set<String>} of line ids. */
    public static final String LINES = "gigafab.lines";

    /** Identity attribute: {@code Long} epoch seconds of the last interactive authentication. */
    public static final String AUTH_TIME = "gigafab.auth_time";

    @Override
    public Uni<SecurityIdentity> augment(
            SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addAttribute(LINES, linesOf(token));
        Object authTime = token.getClaim("auth_time");
        if (authTime instanceof Number seconds) {
            builder.addAttribute(AUTH_TIME, seconds.longValue());
        }
        return Uni.createFrom().item(builder.build());
    }

    static Set<String> linesOf(JsonWebToken token) {
        Set<String> lines = new LinkedHashSet<>();
        Object claim = token.getClaim("gigafab_lines");
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> lines.add(unquoted(value)));
        } else if (claim != null) {
            lines.add(unquoted(claim));
        }
        for (String group : token.getGroups()) {
            String name = group.startsWith("/") ? group.substring(1) : group;
            if (name.startsWith("line:")) {
                lines.add(name.substring("line:".length()));
            }
        }
        return Set.copyOf(lines);
    }

    private static String unquoted(Object value) {
        String text = value.toString();
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1)
                : text;
    }
}
