package org.inkwell.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.inkwell.platform.Caller;
import org.inkwell.platform.WebPage;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is logged in, and the path for the language switch. */
@ControllerAdvice(annotations = WebPage.class)
class PageModel {

    @ModelAttribute("caller")
    Caller caller() {
        return Caller.current().orElse(null);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
