package io.gigafab.e2e;

import io.gigafab.stack.PlantInABox;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Gives a test (or its {@code @BeforeAll}) the shared, running {@link PlantInABox}. */
public final class PlantExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PlantInABox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedPlant.get(context);
    }
}
