package io.gigafab.recipes.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gigafab.recipes.Recipe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes recipe YAML files. Unknown fields and duplicate keys are rejected. */
public final class RecipeYaml {

    private static final ObjectMapper MAPPER = createMapper();

    private RecipeYaml() {}

    /** The configured mapper, for callers that embed recipes in their own documents. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses a recipe file; violations name the file as given. */
    public static Recipe read(Path file) throws RecipeFileException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RecipeFileException(ParseProblems.unreadable(file.toString(), e));
        }
        return read(file.toString(), new ByteArrayInputStream(content));
    }

    public static Recipe read(String file, String yaml) throws RecipeFileException {
        return read(file, new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Parses one recipe document.
     *
     * @param file name used in violations
     * @throws RecipeFileException when the YAML does not parse or does not fit the recipe model
     */
    public static Recipe read(String file, InputStream in) throws RecipeFileException {
        Recipe recipe;
        try {
            recipe = MAPPER.readValue(in, Recipe.class);
        } catch (JacksonException e) {
            throw new RecipeFileException(ParseProblems.of(file, e));
        } catch (IOException e) {
            throw new RecipeFileException(ParseProblems.unreadable(file, e));
        }
        if (recipe == null) {
            throw new RecipeFileException(ParseProblems.empty(file));
        }
        return recipe;
    }

    public static String write(Recipe recipe) {
        try {
            return MAPPER.writeValueAsString(recipe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper createMapper() {
        YAMLFactory factory =
                YAMLFactory.builder()
                        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .build();
        return YAMLMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }
}
