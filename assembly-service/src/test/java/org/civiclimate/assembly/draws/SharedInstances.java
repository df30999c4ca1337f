package org.civiclimate.assembly.draws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The public sortition instances with published figures, copied unchanged into the test resources. */
public final class SharedInstances {

    private SharedInstances() {}

    /** The copies under test resources, unchanged, with their sources and licences in their README. */
    public static Path folder() {
        try {
            return Path.of(
                    SharedInstances.class.getResource("/sortition-instances").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DrawInstance read(String name) {
        try {
            return DrawInstance.read(folder().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> names() {
        try (Stream<Path> folders = Files.list(folder())) {
            return folders.filter(Files::isDirectory)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
