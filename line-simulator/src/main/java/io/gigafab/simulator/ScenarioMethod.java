package io.gigafab.simulator;

import java.util.List;
import org.eclipse.milo.opcua.sdk.server.methods.AbstractMethodInvocationHandler;
import org.eclipse.milo.opcua.sdk.server.methods.InvalidArgumentException;
import org.eclipse.milo.opcua.sdk.server.nodes.UaMethodNode;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DiagnosticInfo;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.Argument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An OPC UA method of the {@code Simulation} object that runs one {@link ScenarioControl} action.
 * Milo checks the argument count and data types (Bad_ArgumentsMissing, Bad_TypeMismatch); a request
 * the scenario refuses is answered with Bad_InvalidArgument, Bad_InvalidArgument on the offending
 * input argument and the reason as that argument's diagnostic info ({@code AdditionalInfo}) — never
 * with an exception trace.
 */
final class ScenarioMethod extends AbstractMethodInvocationHandler {

    /** What the method does with its input values; returns its output values. */
    @FunctionalInterface
    interface Action {
        Variant[] run(Variant[] inputs) throws ScenarioRejected;
    }

    private static final Logger log = LoggerFactory.getLogger(ScenarioMethod.class);
    private static final StatusCode INVALID = new StatusCode(StatusCodes.Bad_InvalidArgument);

    private final List<ScenarioParameter> parameters;
    private final Argument[] inputs;
    private final Argument[] outputs;
    private final Action action;

    ScenarioMethod(
            UaMethodNode node,
            List<ScenarioParameter> parameters,
            Argument[] inputs,
            Argument[] outputs,
            Action action) {
        super(node);
        if (parameters.size() != inputs.length) {
            throw new IllegalArgumentException("one parameter per input argument");
        }
        this.parameters = List.copyOf(parameters);
        this.inputs = inputs.clone();
        this.outputs = outputs.clone();
        this.action = action;
    }

    @Override
    public Argument[] getInputArguments() {
        return inputs.clone();
    }

    @Override
    public Argument[] getOutputArguments() {
        return outputs.clone();
    }

    @Override
    protected Variant[] invoke(InvocationContext context, Variant[] inputValues)
            throws UaException {
        try {
            return action.run(inputValues);
        } catch (ScenarioRejected e) {
            log.info("{} refused: {}", getNode().getBrowseName().name(), e.getMessage());
            throw invalid(e);
        }
    }

    /** Bad_InvalidArgument with the reason on the argument that was wrong. */
    private InvalidArgumentException invalid(ScenarioRejected rejected) {
        int wrong = Math.max(0, parameters.indexOf(rejected.parameter()));
        int count = Math.max(1, inputs.length);
        var results = new StatusCode[count];
        var diagnostics = new DiagnosticInfo[count];
        for (int i = 0; i < count; i++) {
            results[i] = i == wrong ? INVALID : StatusCode.GOOD;
            diagnostics[i] = i == wrong ? reason(rejected.getMessage()) : DiagnosticInfo.NULL_VALUE;
        }
        return new InvalidArgumentException(results, diagnostics);
    }

    private static DiagnosticInfo reason(String message) {
        return new DiagnosticInfo(-1, -1, -1, -1, message, null, null);
    }

    /** The value of an input, or null if the client sent none. */
    static <T> T value(Variant[] inputs, int index, Class<T> type) {
        Object value = inputs[index].getValue();
        return type.isInstance(value) ? type.cast(value) : null;
    }
}
