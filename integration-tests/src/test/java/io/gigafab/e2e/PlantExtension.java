package io.gigafab.e2e;

import io.gigafab.stack.LineDriver;
import io.gigafab.stack.PlantInABox;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test (or its {@code @BeforeAll}) the shared, running {@link PlantInABox}, and the shared
 * {@link LineDriver} booking its production.
 */
public final class PlantExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PlantInABox.class || type == LineDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LineDriver.class
                ? SharedPlant.lineDriver(context)
                : SharedPlant.get(context);
    }
}
