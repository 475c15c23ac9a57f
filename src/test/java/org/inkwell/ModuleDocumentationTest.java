package org.inkwell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Spring Modulith's picture of the code to {@code target/spring-modulith-docs}: the C4 component
 * diagram of all modules, and a diagram and a canvas per module. It reads the compiled classes only and
 * starts no application. docs/architecture.md says how the output is copied into {@code docs/modules}.
 */
class ModuleDocumentationTest {

    private static final Path OUTPUT = Path.of("target", "spring-modulith-docs");
    private static final Path JAVADOC = Path.of("target", "generated-spring-modulith", "javadoc.json");

    @Test
    void everyModuleHasACanvasAndADiagram() throws IOException {
        ApplicationModules modules = ApplicationModules.of(InkwellApplication.class);
        makeJavadocReadableToTheDocumenter();

        new Documenter(modules).writeDocumentation();

        assertThat(OUTPUT.resolve("components.puml")).content().contains("Container_Boundary");
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(OUTPUT.resolve("module-" + name + ".puml")).isNotEmptyFile();
            assertThat(OUTPUT.resolve("module-" + name + ".adoc")).content().contains("Base package");
        }
    }

    /**
     * The canvases quote each module's Javadoc, which the compiler's Spring Modulith processor extracts to
     * {@code javadoc.json}. Spring Modulith 2.0.3 reads that file with Spring Boot's BasicJsonParser, which
     * does not honour escapes or quoting: an escaped double quote, a backslash, or a bracket left open in a
     * comment ({@code [from, to)}) breaks the whole file (spring-projects/spring-modulith#1685). Written
     * with typographic quotes and brackets, the same comments read fine.
     */
    @SuppressWarnings("unchecked")
    private static void makeJavadocReadableToTheDocumenter() throws IOException {
        if (!Files.exists(JAVADOC)) {
            return;
        }
        JsonMapper json = JsonMapper.builder().build();
        List<Object> types = json.readValue(Files.readString(JAVADOC), List.class);
        Files.writeString(JAVADOC, json.writeValueAsString(requoted(types)));
    }

    private static Object requoted(Object value) {
        if (value instanceof String text) {
            String quoted = text.replaceAll("\"([^\"]*)\"", "\u201C$1\u201D").replace('"', '\u201D')
                    .replace('\\', '\u2216');
            return balanced(quoted, '[', ']') && balanced(quoted, '{', '}') ? quoted
                    : quoted.replace('[', '\u27E6').replace(']', '\u27E7').replace('{', '\u2983').replace('}', '\u2984');
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ModuleDocumentationTest::requoted).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, requoted(v)));
            return copy;
        }
        return value;
    }

    private static boolean balanced(String text, char open, char close) {
        return text.chars().filter(c -> c == open).count() == text.chars().filter(c -> c == close).count();
    }
}
