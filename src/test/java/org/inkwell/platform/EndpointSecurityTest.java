package org.inkwell.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.inkwell.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of ours says who may call it (the HMPPS ResourceSecurityTest idea): a handler without
 * {@code @PreAuthorize} fails this test, so no endpoint is public by accident.
 */
class EndpointSecurityTest extends IntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getValue().getBeanType().getPackageName().startsWith("org.inkwell"))
                .filter(e -> !AnnotatedElementUtils.hasAnnotation(e.getValue().getMethod(), PreAuthorize.class))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();

        assertThat(mappings.getHandlerMethods()).isNotEmpty();
        assertThat(undeclared).as("handlers without @PreAuthorize").isEmpty();
    }
}
