package org.inkwell.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of browser pages (server-rendered HTML), as opposed to the JSON API. Its errors are
 * shown as pages, and a caller who is not logged in is sent to the login page.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
