package io.gigafab.recipes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the recipe files of the class path library. The library directory is located through its
 * README (a file resource, which every class loader can find), then listed from the directory or
 * the jar it lives in.
 */
final class ClasspathRecipes {

    private ClasspathRecipes() {}

    static List<RecipeSource> find(ClassLoader loader, String root) {
        URL anchor = loader.getResource(root + "/README.md");
        if (anchor == null) {
            throw new IllegalStateException("no recipe library on the class path at " + root);
        }
        try {
            return switch (anchor.getProtocol()) {
                case "file" -> fromDirectory(Path.of(anchor.toURI()).getParent(), root);
                case "jar" -> fromJar(anchor.openConnection(), root);
                default ->
                        throw new IllegalStateException("cannot list recipe library at " + anchor);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list recipe library at " + anchor, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad recipe library location " + anchor, e);
        }
    }

    private static List<RecipeSource> fromDirectory(Path directory, String root) {
        List<RecipeSource> sources = new ArrayList<>();
        for (Path file : RecipeLibrary.recipeFiles(directory)) {
            String relative = directory.relativize(file).toString().replace('\\', '/');
            RecipeSource source = RecipeSource.of(file);
            sources.add(new RecipeSource("classpath:" + root + "/" + relative, source.opener()));
        }
        return sources;
    }

    private static List<RecipeSource> fromJar(URLConnection connection, String root)
            throws IOException {
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IllegalStateException("not a jar: " + connection.getURL());
        }
        jarConnection.setUseCaches(false);
        List<RecipeSource> sources = new ArrayList<>();
        try (JarFile jar = jarConnection.getJarFile()) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.startsWith(root + "/") && isRecipeFile(name)) {
                    byte[] content = read(jar, entry);
                    sources.add(
                            new RecipeSource(
                                    "classpath:" + name, () -> new ByteArrayInputStream(content)));
                }
            }
        }
        sources.sort(Comparator.comparing(RecipeSource::name));
        return sources;
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static boolean isRecipeFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
