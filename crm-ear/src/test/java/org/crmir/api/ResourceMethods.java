package org.crmir.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.crmir.shared.api.RestApplication;

/**
 * Every REST resource method of the web module, as "METHOD /api/path" with path parameters as OpenAPI writes them
 * ({@code {id}}, without their regular expressions): read from the module's classes (the build's jar or folder),
 * so that a resource added tomorrow is found without anyone listing it.
 */
final class ResourceMethods {

    private ResourceMethods() {
    }

    static Set<String> all() {
        String root = "/" + RestApplication.class.getAnnotation(ApplicationPath.class).value();
        Set<String> found = new TreeSet<>();
        for (String name : classNames()) {
            Class<?> type;
            try {
                type = Class.forName(name, false, RestApplication.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                continue; // a class of the web module that needs what only the server has; no resource is such
            }
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(verb + " " + join(root, resource.value(), sub == null ? "" : sub.value()));
                }
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** The segments joined with single slashes, each template {@code {name:regex}} as {@code {name}}. */
    static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            String trimmed = part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(withoutPatterns(trimmed));
            }
        }
        return path.toString();
    }

    private static String withoutPatterns(String template) {
        StringBuilder plain = new StringBuilder();
        int depth = 0;
        boolean inPattern = false;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    plain.append(c);
                }
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    inPattern = false;
                    plain.append(c);
                }
            } else if (c == ':' && depth == 1) {
                inPattern = true;
            } else if (!inPattern) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** The class names in the jar or folder the web module's classes were loaded from. */
    private static List<String> classNames() {
        java.nio.file.Path location;
        try {
            location = java.nio.file.Path.of(RestApplication.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    files.map(file -> location.relativize(file).toString()).forEach(file -> addClass(names, file));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().forEach(entry -> addClass(names, entry.getName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static void addClass(List<String> names, String file) {
        String unix = file.replace('\\', '/');
        if (unix.endsWith(".class") && unix.startsWith("org/crmir/") && !unix.contains("$")) {
            names.add(unix.substring(0, unix.length() - ".class".length()).replace('/', '.'));
        }
    }
}
